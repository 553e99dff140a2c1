import rule from '../../../src/lint/rules/DL3061';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // does not run on fragments
    'ENV B=2\nRUN true\n',
  ],
  invalid: [
    // reports every non-ARG instruction before the first FROM, at its keyword
    {
      code: 'ARG A=1\nENV B=2\nLABEL c=3\nFROM debian:12-slim\nENV D=4\n',
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 4,
          messageKey: 'beforeFrom',
          data: { instruction: 'ENV' },
        },
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 6,
          messageKey: 'beforeFrom',
          data: { instruction: 'LABEL' },
        },
      ],
    },
  ],
});
