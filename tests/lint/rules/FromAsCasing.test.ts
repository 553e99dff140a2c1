import rule from '../../../src/lint/rules/FromAsCasing';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // ignores a mixed-case FROM (ConsistentInstructionCasing covers it) and FROM without AS
    'From alpine:3.20 as base\nFROM alpine:3.20\n',
  ],
  invalid: [
    // reports `as` after an uppercase FROM, on the keyword
    {
      code: 'FROM alpine:3.20 as base\n',
      errors: [
        {
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 20,
          messageKey: 'mismatch',
          data: { as: 'as', from: 'FROM', expected: 'AS' },
        },
      ],
      output: 'FROM alpine:3.20 AS base\n',
    },
    // reports `AS` after a lowercase from
    {
      code: 'from alpine:3.20 AS base\n',
      errors: [
        {
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 20,
          messageKey: 'mismatch',
          data: { as: 'AS', from: 'from', expected: 'as' },
        },
      ],
      output: 'from alpine:3.20 as base\n',
    },
    // reports a mixed-case `As`
    {
      code: 'FROM alpine:3.20 As base\n',
      errors: [
        {
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 20,
          messageKey: 'mismatch',
          data: { as: 'As', from: 'FROM', expected: 'AS' },
        },
      ],
      output: 'FROM alpine:3.20 AS base\n',
    },
    // works with flags before the image
    {
      code: 'FROM --platform=$BUILDPLATFORM alpine:3.20 as b\n',
      errors: [
        {
          line: 1,
          column: 44,
          endLine: 1,
          endColumn: 46,
          messageKey: 'mismatch',
          data: { as: 'as', from: 'FROM', expected: 'AS' },
        },
      ],
      output: 'FROM --platform=$BUILDPLATFORM alpine:3.20 AS b\n',
    },
  ],
});
