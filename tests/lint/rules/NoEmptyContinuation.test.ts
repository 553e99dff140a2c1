import rule from '../../../src/lint/rules/NoEmptyContinuation';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts comment lines inside a continuation
    'FROM alpine:3.20\nRUN echo a \\\n# note\n    && echo b\n',
    // accepts an empty line after a finished instruction
    'FROM alpine:3.20\nRUN echo a\n\nRUN echo b\n',
  ],
  invalid: [
    // reports once per instruction, on the line where the continuation ends
    {
      code: 'FROM alpine:3.20\nRUN echo a \\\n\n    && echo b \\\n\n    && echo c\n',
      errors: [
        { line: 6, column: 5, endLine: 6, endColumn: 14, messageKey: 'empty', data: { lines: '3, 5' } },
      ],
    },
    // counts a whitespace-only line as empty
    {
      code: 'FROM alpine:3.20\nENV A=1 \\\n   \n    B=2\n',
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 8, messageKey: 'empty', data: { lines: '3' } }],
    },
    // honours the escape directive
    {
      code: '# escape=`\nFROM alpine:3.20\nRUN echo a `\n\n    b\n',
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 6, messageKey: 'empty', data: { lines: '4' } }],
    },
  ],
});
