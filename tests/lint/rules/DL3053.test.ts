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
      errors: [{ line: 2, column: 40, messageKey: 'notRfc3339' }],
    },
    {
      code: 'FROM debian:12-slim\nLABEL a=b \\\n  org.opencontainers.image.created="01/05/2024"\n',
      config,
      errors: [{ line: 3, column: 36, messageKey: 'notRfc3339' }],
      output: null,
    },
  ],
});
