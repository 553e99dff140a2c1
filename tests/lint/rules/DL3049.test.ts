import rule from '../../../src/lint/rules/DL3049';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // is inactive without a schema
    'FROM debian:12\n',
    // exempts stages used by RUN --mount from= and stages whose child sets the label
    {
      code: 'FROM debian:12 AS deps\nFROM debian:12 AS base\nFROM base AS final\nLABEL version=1.0.0 owner=a@b.io\nRUN --mount=from=deps,target=/d ls\n',
      config: { 'label-schema': { version: 'semver', owner: 'email' } },
    },
  ],
  invalid: [
    // reports once per stage, listing every missing label
    {
      code: 'FROM debian:12\n',
      config: { 'label-schema': { version: 'semver', owner: 'email' } },
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 5,
          messageKey: 'missing',
          data: { label: 'version', more: ' (+ `owner`)' },
        },
      ],
    },
  ],
});
