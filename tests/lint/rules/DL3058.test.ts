import rule from '../../../src/lint/rules/DL3058';
import { ruleTester } from './_harness';

const config = { 'label-schema': { maintainer: 'email' as const } };

ruleTester(rule, {
  valid: [
    { code: 'FROM debian:12-slim\nLABEL maintainer="ana@example.com"\n', config },
    // without a label schema the rule has nothing to check
    'FROM debian:12-slim\nLABEL maintainer="Ana Souza"\n',
    { code: 'FROM debian:12-slim\nLABEL other.label="Ana Souza"\n', config },
  ],
  invalid: [
    {
      code: 'FROM debian:12-slim\nLABEL maintainer="Ana Souza"\n',
      config,
      errors: [
        {
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 29,
          messageKey: 'notEmail',
          data: { label: 'maintainer', value: 'Ana Souza', more: '' },
        },
      ],
    },
    {
      code: 'FROM debian:12-slim\nLABEL a=b \\\n  maintainer="Ana Souza"\n',
      config,
      errors: [
        {
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 25,
          messageKey: 'notEmail',
          data: { label: 'maintainer', value: 'Ana Souza', more: '' },
        },
      ],
      output: null,
    },
  ],
});
