import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/DuplicateStageName';
import { ruleTester } from './_harness';
import { findings } from './_helpers';

ruleTester(rule, {
  valid: [
    // ignores unnamed stages
    'FROM alpine:3.20\nFROM alpine:3.20\n',
    // is suppressed by either id
    'FROM alpine:3.20 AS a\n# hadolint ignore=DL3024\nFROM alpine:3.20 AS a\n',
    'FROM alpine:3.20 AS a\n# check=skip=DuplicateStageName\nFROM alpine:3.20 AS a\n',
  ],
  invalid: [
    // flags every repetition on its stage name, naming the first line and DL3024
    {
      code: 'FROM alpine:3.20 AS app\nFROM alpine:3.20 AS other\nFROM alpine:3.20 AS app\nFROM alpine:3.20 AS app\n',
      errors: [
        {
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 24,
          messageKey: 'duplicate',
          data: { name: 'app', line: '1' },
          aliases: ['DL3024'],
        },
        {
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 24,
          messageKey: 'duplicate',
          data: { name: 'app', line: '1' },
          aliases: ['DL3024'],
        },
      ],
    },
    // compares names case-insensitively, like BuildKit
    {
      code: 'FROM alpine:3.20 AS Build\nFROM alpine:3.20 AS build\n',
      errors: [
        {
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 26,
          messageKey: 'duplicate',
          data: { name: 'build', line: '1' },
          aliases: ['DL3024'],
        },
      ],
    },
  ],
});

describe('DuplicateStageName severity', () => {
  it('reports as an error (BuildKit refuses the file)', () => {
    const [d] = findings('FROM alpine:3.20 AS app\nFROM alpine:3.20 AS app\n', 'DuplicateStageName');
    expect(d.severity).toBe('error');
  });
});
