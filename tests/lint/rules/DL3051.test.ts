import rule from '../../../src/lint/rules/DL3051';
import { ruleTester } from './_harness';

const config = { 'label-schema': { 'org.opencontainers.image.title': 'text' as const } };

ruleTester(rule, {
  valid: [
    { code: 'FROM debian:12-slim\nLABEL org.opencontainers.image.title="web"\n', config },
    // without a label schema the rule has nothing to check
    'FROM debian:12-slim\nLABEL org.opencontainers.image.title=""\n',
    { code: 'FROM debian:12-slim\nLABEL other.label=""\n', config },
  ],
  invalid: [
    {
      code: 'FROM debian:12-slim\nLABEL org.opencontainers.image.title=""\n',
      config,
      errors: [
        {
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 40,
          messageKey: 'empty',
          data: { label: 'org.opencontainers.image.title', more: '' },
        },
      ],
    },
    {
      code: 'FROM debian:12-slim\nLABEL a=b \\\n  org.opencontainers.image.title=""\n',
      config,
      errors: [
        {
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 36,
          messageKey: 'empty',
          data: { label: 'org.opencontainers.image.title', more: '' },
        },
      ],
      output: null,
    },
  ],
});
