import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/DL3057';
import { ruleTester } from './_harness';
import { findings } from './_helpers';

ruleTester(rule, {
  valid: [
    // is off by default
    'FROM debian:12-slim\n',
    // a stage inherits the HEALTHCHECK of the stage it is built on (stage names are case-insensitive)
    {
      code: 'FROM debian:12-slim AS Base\nHEALTHCHECK CMD ["true"]\nFROM base\nRUN true\n',
      includeOff: true,
    },
    // ignores a HEALTHCHECK inside ONBUILD and does not run on fragments
    { code: 'RUN true\n', includeOff: true },
  ],
  invalid: [
    // reports each stage without a HEALTHCHECK, at its FROM
    {
      code: 'FROM debian:12-slim AS a\nRUN true\nFROM debian:12-slim AS b\nHEALTHCHECK NONE\n',
      includeOff: true,
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 25, messageKey: 'missing', data: { stage: 'a' } },
      ],
    },
    // a HEALTHCHECK in a later stage covers the chain it is built on, not a sibling
    {
      code: 'FROM debian:12-slim AS a\nFROM a AS b\nFROM a AS d\nRUN true\nFROM b AS c\nHEALTHCHECK NONE\n',
      includeOff: true,
      errors: [
        { line: 3, column: 1, endLine: 3, endColumn: 12, messageKey: 'missing', data: { stage: 'd' } },
      ],
    },
    // ignores a HEALTHCHECK inside ONBUILD and does not run on fragments
    {
      code: 'FROM debian:12-slim\nONBUILD HEALTHCHECK NONE\n',
      includeOff: true,
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 20,
          messageKey: 'missing',
          data: { stage: 'debian:12-slim' },
        },
      ],
    },
  ],
});

describe('DL3057 default', () => {
  it('is off by default', () => {
    expect(findings('FROM debian:12-slim\n', 'DL3057')).toEqual([]);
  });
});
