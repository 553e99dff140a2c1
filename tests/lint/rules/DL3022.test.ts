import rule from '../../../src/lint/rules/DL3022';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // matches stage names case-insensitively
    'FROM debian:12 AS Build\nFROM debian:12\nCOPY --from=build /x /y\n',
    // accepts images, variables and earlier indexes
    'FROM debian:12\nCOPY --from=ghcr.io/acme/tools /x /y\n',
    'ARG SRC=a\nFROM debian:12\nCOPY --from=${SRC} /x /y\n',
    'FROM debian:12\nFROM debian:12\nCOPY --from=0 /x /y\n',
    // flags a later index but leaves the own index to DL3023
    'FROM debian:12\nCOPY --from=0 /x /y\n',
    // is off for fragments
    'COPY --from=build /x /y\n',
  ],
  invalid: [
    // points at the --from value
    {
      code: 'FROM debian:12 AS a\nFROM debian:12\nCOPY --from=bulid /x /y\n',
      errors: [
        {
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 18,
          messageKey: 'undefinedStage',
          data: { name: 'bulid' },
        },
      ],
    },
    // flags a later index but leaves the own index to DL3023
    {
      code: 'FROM debian:12\nCOPY --from=1 /x /y\nFROM debian:12\n',
      errors: [
        { line: 2, column: 13, endLine: 2, endColumn: 14, messageKey: 'badIndex', data: { name: '1' } },
      ],
    },
    // says BuildKit refuses it instead of suggesting an image tag
    {
      code: 'FROM debian:12\nCOPY --from=later /x /y\nFROM debian:12 AS later\n',
      errors: [
        {
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 18,
          messageKey: 'laterStage',
          data: { name: 'later', line: '3' },
        },
      ],
    },
  ],
});
