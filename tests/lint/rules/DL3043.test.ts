import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3043')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3043', () => {
  it('points at the trigger keyword, any case', () => {
    expect(hits('FROM debian:12\nonbuild maintainer me\n')).toEqual([[2, 9, 19]]);
  });
  it('accepts ordinary triggers', () => {
    expect(hits('FROM debian:12\nONBUILD RUN echo ok\n')).toEqual([]);
  });
});
