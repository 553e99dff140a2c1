import rule from '../../../src/lint/rules/LegacyKeyValueFormat';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts key=value, including several pairs and quoted values
    'FROM alpine:3.20\nENV A=1 B="x y"\nLABEL a=b\n',
    // does not report ARG (BuildKit does not either)
    'FROM alpine:3.20\nARG foo bar\n',
  ],
  invalid: [
    // reports ENV and LABEL in the legacy form, once per instruction
    {
      code: 'FROM alpine:3.20\nENV A 1 B 2\nLABEL k v\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 12,
          messageKey: 'legacy',
          data: { keyword: 'ENV', key: 'A' },
        },
        {
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 10,
          messageKey: 'legacy',
          data: { keyword: 'LABEL', key: 'k' },
        },
      ],
      output: 'FROM alpine:3.20\nENV A="1 B 2"\nLABEL k=v\n',
    },
    // reports a multi-line legacy value on the instruction line
    {
      code: 'FROM alpine:3.20\nENV DEPS \\\n    curl \\\n    git\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 4,
          endColumn: 8,
          messageKey: 'legacy',
          data: { keyword: 'ENV', key: 'DEPS' },
        },
      ],
      output: null,
    },
    // honours a per-instruction check=skip
    {
      code: 'FROM alpine:3.20\n# check=skip=LegacyKeyValueFormat\nENV A 1\nENV B 2\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 8,
          messageKey: 'legacy',
          data: { keyword: 'ENV', key: 'B' },
        },
      ],
      output: 'FROM alpine:3.20\n# check=skip=LegacyKeyValueFormat\nENV A 1\nENV B=2\n',
    },
  ],
});
