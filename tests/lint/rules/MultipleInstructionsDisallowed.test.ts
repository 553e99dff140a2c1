import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import type { Diagnostic } from '../../../src/lint/types';

/** Findings of this rule for `text`, in English. */
function findings(rule: string, text: string): Diagnostic[] {
  return lint(text, { locale: 'en' }).filter((d) => d.rule === rule);
}

const R = 'MultipleInstructionsDisallowed';

describe(R, () => {
  it('flags every overridden instruction with only its matching hadolint id', () => {
    const text =
      'FROM alpine:3.20\nCMD ["a"]\nENTRYPOINT ["x"]\nCMD ["b"]\nHEALTHCHECK NONE\nENTRYPOINT ["y"]\nCMD ["c"]\nHEALTHCHECK CMD ["z"]\n';
    expect(findings(R, text).map((d) => [d.line, d.column, d.endColumn, d.aliases])).toEqual([
      [2, 1, 4, ['DL4003']],
      [3, 1, 11, ['DL4004']],
      [4, 1, 4, ['DL4003']],
      [5, 1, 12, ['DL3012']],
    ]);
    expect(findings(R, text)[0].message).toContain('line 4');
    expect(findings(R, text)[0].severity).toBe('error');
  });

  it('counts per stage and ignores ONBUILD triggers', () => {
    expect(findings(R, 'FROM alpine:3.20 AS a\nCMD ["a"]\nFROM a\nCMD ["b"]\n')).toEqual([]);
    expect(findings(R, 'FROM alpine:3.20\nONBUILD CMD ["a"]\nCMD ["b"]\n')).toEqual([]);
  });

  it('is suppressed by any of its ids, even one the finding does not carry', () => {
    const text = 'FROM alpine:3.20\n# hadolint ignore=DL4004\nCMD ["a"]\nCMD ["b"]\n';
    expect(findings(R, text)).toEqual([]);
    expect(
      lint('FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n', { config: { ignored: ['DL3012'] } }).filter(
        (d) => d.rule === R,
      ),
    ).toEqual([]);
  });
});
