import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string, strict: boolean) =>
  lint(text, { locale: 'en', config: { 'label-schema': { version: 'semver' }, 'strict-labels': strict } })
    .filter((d) => d.rule === 'DL3050')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3050', () => {
  it('needs strict-labels', () => {
    expect(hits('LABEL other=1\n', false)).toEqual([]);
  });
  it('points at the first extra key, once per instruction', () => {
    expect(hits('LABEL version=1.0.0 a=1 b=2\n', true)).toEqual([[1, 21, 22]]);
  });
});
