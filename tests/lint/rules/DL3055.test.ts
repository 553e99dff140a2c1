import rule from '../../../src/lint/rules/DL3055';
import { ruleTester } from './_harness';

const config = { 'label-schema': { 'org.opencontainers.image.revision': 'hash' as const } };

ruleTester(rule, {
  valid: [
    { code: 'FROM debian:12-slim\nLABEL org.opencontainers.image.revision="3f2c9a1"\n', config },
    // without a label schema the rule has nothing to check
    'FROM debian:12-slim\nLABEL org.opencontainers.image.revision="main"\n',
    { code: 'FROM debian:12-slim\nLABEL other.label="main"\n', config },
  ],
  invalid: [
    {
      code: 'FROM debian:12-slim\nLABEL org.opencontainers.image.revision="main"\n',
      config,
      errors: [
        {
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 47,
          messageKey: 'notHash',
          data: { label: 'org.opencontainers.image.revision', value: 'main', more: '' },
        },
      ],
    },
    {
      code: 'FROM debian:12-slim\nLABEL a=b \\\n  org.opencontainers.image.revision="main"\n',
      config,
      errors: [
        {
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 43,
          messageKey: 'notHash',
          data: { label: 'org.opencontainers.image.revision', value: 'main', more: '' },
        },
      ],
      output: null,
    },
  ],
});
