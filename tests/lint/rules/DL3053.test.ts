import rule from '../../../src/lint/rules/DL3053';
import { ruleTester } from './_harness';

const config = { 'label-schema': { 'org.opencontainers.image.created': 'rfc3339' as const } };

ruleTester(rule, {
  valid: [
    { code: 'FROM debian:12-slim\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z"\n', config },
    // without a label schema the rule has nothing to check
    'FROM debian:12-slim\nLABEL org.opencontainers.image.created="01/05/2024"\n',
    { code: 'FROM debian:12-slim\nLABEL other.label="01/05/2024"\n', config },
  ],
  invalid: [
    {
      code: 'FROM debian:12-slim\nLABEL org.opencontainers.image.created="01/05/2024"\n',
      config,
      errors: [
        {
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 52,
          messageKey: 'notRfc3339',
          data: { label: 'org.opencontainers.image.created', value: '01/05/2024', more: '' },
        },
      ],
    },
    {
      code: 'FROM debian:12-slim\nLABEL a=b \\\n  org.opencontainers.image.created="01/05/2024"\n',
      config,
      errors: [
        {
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 48,
          messageKey: 'notRfc3339',
          data: { label: 'org.opencontainers.image.created', value: '01/05/2024', more: '' },
        },
      ],
      output: null,
    },
  ],
});
