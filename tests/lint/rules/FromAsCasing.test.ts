import { describe, expect, it } from 'vitest';
import { findings, lines } from './_helpers';

describe('FromAsCasing', () => {
  it('reports `as` after an uppercase FROM, on the keyword', () => {
    const [d] = findings('FROM alpine:3.20 as base\n', 'FromAsCasing');
    expect([d.line, d.column, d.endColumn]).toEqual([1, 18, 20]);
  });
  it('reports `AS` after a lowercase from', () => {
    expect(lines('from alpine:3.20 AS base\n', 'FromAsCasing')).toEqual([1]);
  });
  it('reports a mixed-case `As`', () => {
    expect(lines('FROM alpine:3.20 As base\n', 'FromAsCasing')).toEqual([1]);
  });
  it('ignores a mixed-case FROM (ConsistentInstructionCasing covers it) and FROM without AS', () => {
    expect(lines('From alpine:3.20 as base\nFROM alpine:3.20\n', 'FromAsCasing')).toEqual([]);
  });
  it('works with flags before the image', () => {
    expect(lines('FROM --platform=$BUILDPLATFORM alpine:3.20 as b\n', 'FromAsCasing')).toEqual([1]);
  });
});
