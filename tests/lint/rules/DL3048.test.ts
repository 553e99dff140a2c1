import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3048')
    .map((d) => [d.line, d.column, d.endColumn, d.message]);

describe('DL3048', () => {
  it('points at the first bad key and lists the others', () => {
    const h = hits('LABEL ok=1 Bad=2 worse-=3\n');
    expect(h).toHaveLength(1);
    expect(h[0].slice(0, 3)).toEqual([1, 12, 15]);
    expect(h[0][3]).toContain('`worse-`');
  });
  it('accepts underscores and slashes', () => {
    expect(hits('LABEL com.example/my_key=1\n')).toEqual([]);
  });
  it('flags the reserved namespaces', () => {
    expect(hits('LABEL io.docker.x=1\n')[0][3]).toContain('reserved');
  });
});
