import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) => lint(text, { locale: 'en' }).filter((d) => d.rule === 'DL3011');

describe('DL3011', () => {
  it('reports once per EXPOSE, at the first bad port, listing the others', () => {
    const d = hits('EXPOSE 80 70000/udp 65536\n');
    expect(d).toHaveLength(1);
    expect([d[0].column, d[0].endColumn]).toEqual([11, 20]);
    expect(d[0].message).toContain('(+ 65536)');
  });
  it('accepts the boundaries and variables', () => {
    expect(hits('EXPOSE 0 65535 1-65535/tcp ${PORT} 8000-${END}\n')).toEqual([]);
  });
  it('judges the literal end of a range', () => {
    expect(hits('EXPOSE ${START}-70000\n')).toHaveLength(1);
  });
});
