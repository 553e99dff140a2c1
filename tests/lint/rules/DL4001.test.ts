import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const find = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL4001')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL4001', () => {
  it('reports the RUN that completes the pair, at the tool, and later RUNs using either', () => {
    expect(find('FROM alpine:3.20\nRUN wget -q x\nCOPY a /a\nRUN cd / && curl -O y\nRUN wget z\n')).toEqual([
      [4, 13, 17],
      [5, 5, 9],
    ]);
  });
  it('matches absolute paths but not the words in arguments', () => {
    expect(find('RUN /usr/bin/wget x && /usr/bin/curl y\n')).toHaveLength(1);
    expect(find('RUN wget x && apk add curl\n')).toEqual([]);
  });
  it('starts over at every FROM and tracks ONBUILD triggers apart', () => {
    expect(find('FROM alpine:3.20 AS a\nRUN wget x\nFROM a\nRUN curl y\n')).toEqual([]);
    expect(find('FROM alpine:3.20\nRUN wget x\nONBUILD RUN curl y\n')).toEqual([]);
  });
});
