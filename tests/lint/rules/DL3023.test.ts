import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3023')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3023', () => {
  it('points at the --from value, by name or index, any case', () => {
    expect(hits('FROM debian:12 AS Build\nCOPY --from=build /x /y\n')).toEqual([[2, 13, 18]]);
    expect(hits('FROM debian:12\nFROM debian:12\nCOPY --from=1 /x /y\n')).toEqual([[3, 13, 14]]);
  });
  it('accepts earlier stages', () => {
    expect(hits('FROM debian:12 AS a\nFROM debian:12 AS b\nCOPY --from=a /x /y\n')).toEqual([]);
  });
});
