import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import type { Diagnostic } from '../../../src/lint/types';

/** Findings of this rule for `text`, in English. */
function findings(rule: string, text: string): Diagnostic[] {
  return lint(text, { locale: 'en' }).filter((d) => d.rule === rule);
}

/** `[line, column]` of each finding. */
function at(rule: string, text: string): [number, number][] {
  return findings(rule, text).map((d) => [d.line, d.column]);
}

const R = 'DuplicateStageName';

describe(R, () => {
  it('flags every repetition on its stage name, naming the first line and DL3024', () => {
    const text =
      'FROM alpine:3.20 AS app\nFROM alpine:3.20 AS other\nFROM alpine:3.20 AS app\nFROM alpine:3.20 AS app\n';
    expect(at(R, text)).toEqual([
      [3, 21],
      [4, 21],
    ]);
    const [d] = findings(R, text);
    expect(d.aliases).toEqual(['DL3024']);
    expect(d.message).toContain('line 1');
    expect(d.severity).toBe('error');
  });

  it('compares names case-insensitively, like BuildKit', () => {
    expect(at(R, 'FROM alpine:3.20 AS Build\nFROM alpine:3.20 AS build\n')).toEqual([[2, 21]]);
  });

  it('ignores unnamed stages', () => {
    expect(at(R, 'FROM alpine:3.20\nFROM alpine:3.20\n')).toEqual([]);
  });

  it('is suppressed by either id', () => {
    const text = 'FROM alpine:3.20 AS a\n# hadolint ignore=DL3024\nFROM alpine:3.20 AS a\n';
    expect(at(R, text)).toEqual([]);
    expect(at(R, 'FROM alpine:3.20 AS a\n# check=skip=DuplicateStageName\nFROM alpine:3.20 AS a\n')).toEqual(
      [],
    );
  });
});
