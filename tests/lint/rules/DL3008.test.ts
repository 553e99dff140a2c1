import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/DL3008';
import { ruleTester } from './_harness';
import { lines as ruleLines } from './_helpers';

describe('DL3008', () => {
  it('reports an unpinned package, not a word that is only a shell variable', () => {
    const R = 'DL3008';
    expect(ruleLines('FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n', R)).toEqual([
      2,
    ]);
    expect(
      ruleLines('FROM debian:12\nRUN apt-get install -y --no-install-recommends $runDeps "${EXTRA}"\n', R),
    ).toEqual([]);
    expect(
      ruleLines('FROM debian:12\nRUN apt-get install -y --no-install-recommends "postgresql-$PG_MAJOR"\n', R),
    ).toEqual([2]);
  });
});

ruleTester(rule, {
  valid: [
    { code: 'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u15\n', onbuild: true },
    'FROM debian:12\nRUN apt-get install -y ./vendor/tool_1.0_amd64.deb\n',
    'FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl=8.1\n',
    'FROM debian:12\nRUN apt-get update\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install -y curl\n',
      errors: [
        {
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 28,
          messageKey: 'unpinned',
          data: { package: 'curl', more: '' },
        },
      ],
      onbuild: true,
      output: null,
    },
    {
      code: 'FROM debian:12\nRUN apt-get install -y git=1:2.39.5-0+deb12u3 make wget\n',
      errors: [
        {
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 51,
          messageKey: 'unpinned',
          data: { package: 'make', more: ' (+ wget)' },
        },
      ],
    },
    {
      // seen through sudo and inside sh -c (command layer)
      code: 'FROM debian:12\nRUN sudo apt-get install -y curl\nRUN sh -c "apt-get install -y git"\n',
      errors: [
        {
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 33,
          messageKey: 'unpinned',
          data: { package: 'curl', more: '' },
        },
        {
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 34,
          messageKey: 'unpinned',
          data: { package: 'git', more: '' },
        },
      ],
    },
  ],
});
