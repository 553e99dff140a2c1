import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3021')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3021', () => {
  it('points at the destination', () => {
    expect(hits('COPY a b dst\n')).toEqual([[1, 10, 13]]);
  });
  it('handles exec form and flags', () => {
    expect(hits('COPY ["a", "b", "dst"]\n')).toHaveLength(1);
    expect(hits('COPY ["a", "b", "dst/"]\n')).toEqual([]);
    expect(hits('COPY --chown=1000:1000 a b /dst/\n')).toEqual([]);
  });
  it('ignores a single source', () => {
    expect(hits('COPY --from=build /out/app /usr/local/bin/app\n')).toEqual([]);
  });
});
