import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/MultipleInstructionsDisallowed';
import { ruleTester } from './_harness';
import { findings } from './_helpers';

ruleTester(rule, {
  valid: [
    // counts per stage and ignores ONBUILD triggers
    'FROM alpine:3.20 AS a\nCMD ["a"]\nFROM a\nCMD ["b"]\n',
    'FROM alpine:3.20\nONBUILD CMD ["a"]\nCMD ["b"]\n',
    // is suppressed by any of its ids, even one the finding does not carry
    'FROM alpine:3.20\n# hadolint ignore=DL4004\nCMD ["a"]\nCMD ["b"]\n',
    { code: 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n', config: { ignored: ['DL3012'] } },
  ],
  invalid: [
    // flags every overridden instruction with only its matching hadolint id
    {
      code: 'FROM alpine:3.20\nCMD ["a"]\nENTRYPOINT ["x"]\nCMD ["b"]\nHEALTHCHECK NONE\nENTRYPOINT ["y"]\nCMD ["c"]\nHEALTHCHECK CMD ["z"]\n',
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 4,
          messageKey: 'overridden',
          data: { instruction: 'CMD', line: '4' },
          aliases: ['DL4003'],
        },
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11,
          messageKey: 'overridden',
          data: { instruction: 'ENTRYPOINT', line: '6' },
          aliases: ['DL4004'],
        },
        {
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 4,
          messageKey: 'overridden',
          data: { instruction: 'CMD', line: '7' },
          aliases: ['DL4003'],
        },
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 12,
          messageKey: 'overridden',
          data: { instruction: 'HEALTHCHECK', line: '8' },
          aliases: ['DL3012'],
        },
      ],
    },
  ],
});

describe('MultipleInstructionsDisallowed severity', () => {
  it('reports as an error', () => {
    const [d] = findings('FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n', 'MultipleInstructionsDisallowed');
    expect(d.severity).toBe('error');
  });
});
