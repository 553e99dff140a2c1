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

/** `text` with the edits of one finding's fix applied (edits of one fix never overlap). */
function applyFix(text: string, d: Diagnostic): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) =>
    lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const edits = [...(d.fix?.edits ?? [])].sort((a, b) => b.line - a.line || b.column - a.column);
  let out = text;
  for (const e of edits) {
    out = out.slice(0, offset(e.line, e.column)) + e.text + out.slice(offset(e.endLine, e.endColumn));
  }
  return out;
}

describe(`${R} fix`, () => {
  it('rewrites MAINTAINER as the OCI authors label, and the finding goes', () => {
    const text = 'FROM alpine:3.20\nMAINTAINER Ana Souza <ana@example.com>\nRUN true\n';
    const [d] = findings(R, text);
    expect(d.fix?.edits).toHaveLength(1);
    const fixed = applyFix(text, d);
    expect(fixed).toBe(
      'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ana Souza <ana@example.com>"\nRUN true\n',
    );
    expect(findings(R, fixed)).toEqual([]);
  });

  it('offers no fix where LABEL would read the author differently or the instruction spans lines', () => {
    expect(findings(R, 'MAINTAINER $USER\n')[0].fix).toBeUndefined();
    expect(findings(R, 'MAINTAINER a\\b\n')[0].fix).toBeUndefined();
    expect(findings(R, 'MAINTAINER Ana "A" Souza\n')[0].fix).toBeUndefined();
    expect(findings(R, 'MAINTAINER ana \\\n  souza\n')[0].fix).toBeUndefined();
    expect(findings(R, 'MAINTAINER\n')[0]?.fix).toBeUndefined();
  });
});
