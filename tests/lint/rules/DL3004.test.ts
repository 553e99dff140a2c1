import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) => lint(text, { locale: 'en' }).filter((d) => d.rule === 'DL3004');

describe('DL3004', () => {
  it('points at sudo', () => {
    const d = hits('RUN apt-get update && sudo make install\n');
    expect(d.map((x) => [x.line, x.column, x.endColumn])).toEqual([[1, 23, 27]]);
  });
  it('finds sudo in subshells, command substitutions and exec form', () => {
    expect(hits('RUN (sudo true)\n')).toHaveLength(1);
    expect(hits('RUN echo $(sudo id -u)\n')).toHaveLength(1);
    expect(hits('RUN ["/usr/bin/sudo", "true"]\n')).toHaveLength(1);
  });
  it('does not flag installing or configuring sudo', () => {
    expect(hits('RUN apt-get install -y sudo && echo sudo\n')).toEqual([]);
  });
});
