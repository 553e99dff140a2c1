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

const R = 'ReservedStageName';

describe(R, () => {
  it('flags scratch and context in any case, on the name', () => {
    expect(at(R, 'FROM alpine:3.20 AS scratch\nFROM alpine:3.20 as CONTEXT\n')).toEqual([
      [1, 21],
      [2, 21],
    ]);
    expect(findings(R, 'FROM alpine:3.20 AS scratch\n')[0].aliases).toEqual(['DL3063']);
  });

  it('accepts other names, names containing a reserved word and FROM scratch', () => {
    expect(at(R, 'FROM scratch AS scratchpad\nFROM alpine:3.20 AS build-context\nFROM scratch\n')).toEqual(
      [],
    );
  });
});
