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

const R = 'RedundantTargetPlatform';

describe(R, () => {
  it('flags the forms that expand to TARGETPLATFORM, on the flag', () => {
    for (const v of [
      '$TARGETPLATFORM',
      '${TARGETPLATFORM}',
      '"$TARGETPLATFORM"',
      '${TARGETPLATFORM:-linux/amd64}',
    ]) {
      expect(at(R, `FROM --platform=${v} alpine:3.20\n`), v).toEqual([[1, 6]]);
    }
    expect(findings(R, 'FROM --platform=$TARGETPLATFORM alpine:3.20\n')[0].aliases).toEqual(['DL3065']);
  });

  it('accepts other values', () => {
    for (const v of [
      '$BUILDPLATFORM',
      '${TARGETPLATFORM}-x',
      '$TARGETOS/$TARGETARCH',
      'linux/arm64',
      '${TARGETPLATFORM:+linux/arm64}',
    ]) {
      expect(at(R, `FROM --platform=${v} alpine:3.20 AS x\n`), v).toEqual([]);
    }
  });

  it('reports on the FROM line when the flag sits on a continuation line', () => {
    expect(at(R, 'FROM \\\n  --platform=$TARGETPLATFORM alpine:3.20\n')).toEqual([[1, 1]]);
  });
});
