import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3047')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3047', () => {
  it('points at the wget command', () => {
    expect(hits('RUN cd /tmp && wget https://x.io/f\n')).toEqual([[1, 16, 20]]);
  });
  it('accepts quiet clusters and the log-file options', () => {
    expect(hits('RUN wget -qO- https://x.io/f\n')).toEqual([]);
    expect(hits('RUN wget -nv https://x.io/f\n')).toEqual([]);
    expect(hits('RUN wget --output-file /tmp/log https://x.io/f\n')).toEqual([]);
  });
  it('ignores the word wget in arguments', () => {
    expect(hits('RUN echo wget\n')).toEqual([]);
  });
});
