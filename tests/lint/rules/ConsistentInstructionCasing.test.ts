import rule from '../../../src/lint/rules/ConsistentInstructionCasing';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // does not count global ARGs (outside any stage), like BuildKit
    'arg V=1\nFROM alpine:3.20\nRUN echo $V\n',
    // does not look inside heredocs or ONBUILD triggers
    "FROM alpine:3.20\nRUN <<'EOT'\nenv\nEOT\nONBUILD run echo\n",
  ],
  invalid: [
    // reports the minority casing, on the keyword
    {
      code: 'FROM alpine:3.20\nrun echo a\nRUN echo b\n',
      errors: [
        { line: 2, column: 1, endLine: 2, endColumn: 4, messageKey: 'upper', data: { written: 'run' } },
      ],
      output: 'FROM alpine:3.20\nRUN echo a\nRUN echo b\n',
    },
    // follows a lowercase majority
    {
      code: 'from alpine:3.20\nrun echo a\nRUN echo b\n',
      errors: [
        { line: 3, column: 1, endLine: 3, endColumn: 4, messageKey: 'lower', data: { written: 'RUN' } },
      ],
      output: 'from alpine:3.20\nrun echo a\nrun echo b\n',
    },
    // a tie means uppercase
    {
      code: 'from alpine:3.20\nRUN echo a\n',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 5, messageKey: 'upper', data: { written: 'from' } },
      ],
      output: 'FROM alpine:3.20\nRUN echo a\n',
    },
    // always reports mixed case
    {
      code: 'FROM alpine:3.20\nRun echo a\nRUN echo b\n',
      errors: [
        { line: 2, column: 1, endLine: 2, endColumn: 4, messageKey: 'upper', data: { written: 'Run' } },
      ],
      output: 'FROM alpine:3.20\nRUN echo a\nRUN echo b\n',
    },
    // checks fragments too
    {
      code: 'RUN echo a\nrun echo b\nRUN echo c\n',
      errors: [
        { line: 2, column: 1, endLine: 2, endColumn: 4, messageKey: 'upper', data: { written: 'run' } },
      ],
      output: 'RUN echo a\nRUN echo b\nRUN echo c\n',
    },
  ],
});
