import rule from '../../../src/lint/rules/DL3055';
import { ruleTester } from './_harness';
import { ALL_LABEL_TYPES as schema } from './_label-schema';

const config = { 'label-schema': { 'org.opencontainers.image.revision': 'hash' as const } };

ruleTester(rule, {
  valid: [
    // with the six label types configured, a well-formed value of each, and the values other rules judge
    {
      code: 'LABEL src="https://x.io/a?b=c#d" created="2024-02-29T23:59:60.5+05:30" rev="0123abc" version="2.0.0-rc.1+b.7" owner="a.b+c@d.example" title="x"\n',
      config: schema,
    },
    { code: 'LABEL src="x.io/a b"\n', config: schema },
    { code: 'LABEL created="2023-02-29T10:00:00Z"\n', config: schema },
    { code: 'LABEL created="2024-05-01"\n', config: schema },
    { code: 'LABEL version="01.2.3"\n', config: schema },
    { code: 'LABEL owner="Ana <a@b.io>"\n', config: schema },
    { code: 'LABEL title=""\n', config: schema },
    { code: 'FROM debian:12-slim\nLABEL org.opencontainers.image.revision="3f2c9a1"\n', config },
    // without a label schema the rule has nothing to check
    'FROM debian:12-slim\nLABEL org.opencontainers.image.revision="main"\n',
    { code: 'FROM debian:12-slim\nLABEL other.label="main"\n', config },
  ],
  invalid: [
    // with the six label types configured
    {
      code: 'LABEL rev="0123ABC"\n',
      config: schema,
      errors: [
        {
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 20,
          messageKey: 'notHash',
          data: { label: 'rev', value: '0123ABC', more: '' },
        },
      ],
    },
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
