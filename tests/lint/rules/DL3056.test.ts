import rule from '../../../src/lint/rules/DL3056';
import { ruleTester } from './_harness';

const config = { 'label-schema': { 'org.opencontainers.image.version': 'semver' as const } };

ruleTester(rule, {
  valid: [
    { code: 'FROM debian:12-slim\nLABEL org.opencontainers.image.version="1.4.0"\n', config },
    // without a label schema the rule has nothing to check
    'FROM debian:12-slim\nLABEL org.opencontainers.image.version="v1.4"\n',
    { code: 'FROM debian:12-slim\nLABEL other.label="v1.4"\n', config },
  ],
  invalid: [
    {
      code: 'FROM debian:12-slim\nLABEL org.opencontainers.image.version="v1.4"\n',
      config,
      errors: [
        {
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 46,
          messageKey: 'notSemver',
          data: { label: 'org.opencontainers.image.version', value: 'v1.4', more: '' },
        },
      ],
    },
    {
      code: 'FROM debian:12-slim\nLABEL a=b \\\n  org.opencontainers.image.version="v1.4"\n',
      config,
      errors: [
        {
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 42,
          messageKey: 'notSemver',
          data: { label: 'org.opencontainers.image.version', value: 'v1.4', more: '' },
        },
      ],
      output: null,
    },
  ],
});
