import rule from '../../../src/lint/rules/StageNameCasing';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts lowercase names, digits, dashes and unnamed stages
    'FROM alpine:3.20 AS build-2\nFROM alpine:3.20\n',
    // is skipped by check=skip
    '# check=skip=StageNameCasing\nFROM alpine:3.20 AS Up\n',
  ],
  invalid: [
    // reports a stage name with capitals, on the name
    {
      code: 'FROM alpine:3.20 AS MyStage\n',
      errors: [
        { line: 1, column: 21, endLine: 1, endColumn: 28, messageKey: 'upper', data: { name: 'MyStage' } },
      ],
    },
    // reports every offending stage
    {
      code: 'FROM alpine:3.20 AS A\nFROM alpine:3.20 AS b\nFROM alpine:3.20 AS C\n',
      errors: [
        { line: 1, column: 21, endLine: 1, endColumn: 22, messageKey: 'upper', data: { name: 'A' } },
        { line: 3, column: 21, endLine: 3, endColumn: 22, messageKey: 'upper', data: { name: 'C' } },
      ],
    },
  ],
});
