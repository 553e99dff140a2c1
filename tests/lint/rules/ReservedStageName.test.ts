import rule from '../../../src/lint/rules/ReservedStageName';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts other names, names containing a reserved word and FROM scratch
    'FROM scratch AS scratchpad\nFROM alpine:3.20 AS build-context\nFROM scratch\n',
  ],
  invalid: [
    // flags scratch and context in any case, on the name
    {
      code: 'FROM alpine:3.20 AS scratch\nFROM alpine:3.20 as CONTEXT\n',
      errors: [
        {
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 28,
          messageKey: 'reserved',
          data: { name: 'scratch' },
          aliases: ['DL3063'],
        },
        {
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 28,
          messageKey: 'reserved',
          data: { name: 'CONTEXT' },
          aliases: ['DL3063'],
        },
      ],
    },
    {
      code: 'FROM alpine:3.20 AS scratch\n',
      errors: [
        {
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 28,
          messageKey: 'reserved',
          data: { name: 'scratch' },
          aliases: ['DL3063'],
        },
      ],
    },
  ],
});
