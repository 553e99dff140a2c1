import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) => lint(text, { locale: 'en' }).filter((d) => d.rule === 'DL3003');

describe('DL3003', () => {
  it('flags cd once per RUN, at the first cd', () => {
    const d = hits('RUN cd /src && make && cd /tmp\n');
    expect(d).toHaveLength(1);
    expect(d[0].column).toBe(5);
    expect(d[0].message).toContain('cd /src');
  });
  it('accepts cd inside a subshell', () => {
    expect(hits('RUN (cd /src && make install) && rm -rf /src\n')).toEqual([]);
  });
  it('does not flag cd as an argument', () => {
    expect(hits('RUN echo cd /x\n')).toEqual([]);
  });
});
