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

const R = 'MaintainerDeprecated';

describe(R, () => {
  it('flags the MAINTAINER keyword and suggests the OCI label with the author', () => {
    const [d] = findings(R, 'FROM alpine:3.20\nmaintainer "Ana" <ana@example.com>\n');
    expect([d.line, d.column, d.endColumn]).toEqual([2, 1, 11]);
    expect(d.aliases).toEqual(['DL4000']);
    expect(d.message).toContain('org.opencontainers.image.authors="\\"Ana\\" <ana@example.com>"');
  });

  it('flags a MAINTAINER before FROM and in fragments', () => {
    expect(at(R, 'MAINTAINER ana\nFROM alpine:3.20\n')).toEqual([[1, 1]]);
    expect(at(R, 'MAINTAINER ana\n')).toEqual([[1, 1]]);
  });

  it('accepts the label', () => {
    expect(at(R, 'LABEL org.opencontainers.image.authors="ana"\n')).toEqual([]);
  });
});
