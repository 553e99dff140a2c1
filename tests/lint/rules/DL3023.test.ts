import rule from '../../../src/lint/rules/DL3023';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts earlier stages
    'FROM debian:12 AS a\nFROM debian:12 AS b\nCOPY --from=a /x /y\n',
  ],
  invalid: [
    // points at the --from value, by name or index, any case
    {
      code: 'FROM debian:12 AS Build\nCOPY --from=build /x /y\n',
      errors: [
        { line: 2, column: 13, endLine: 2, endColumn: 18, messageKey: 'ownStage', data: { name: 'build' } },
      ],
    },
    {
      code: 'FROM debian:12\nFROM debian:12\nCOPY --from=1 /x /y\n',
      errors: [
        { line: 3, column: 13, endLine: 3, endColumn: 14, messageKey: 'ownStage', data: { name: '1' } },
      ],
    },
  ],
});
