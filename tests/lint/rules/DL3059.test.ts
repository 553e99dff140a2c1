import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const find = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3059')
    .map((d) => [d.line, d.column, d.endColumn]);
const lines = (text: string) => find(text).map((d) => d[0]);

describe('DL3059', () => {
  it('points at the keyword of the second RUN', () => {
    expect(find('FROM alpine:3.20\nRUN a\nRUN b\n')).toEqual([[3, 1, 4]]);
  });
  it('only comments may sit between the RUNs; any other instruction (FROM, ONBUILD) breaks the run', () => {
    expect(lines('FROM alpine:3.20\nRUN a\n# why\n\nRUN b\n')).toEqual([5]);
    expect(lines('FROM alpine:3.20\nRUN a\nFROM alpine:3.20\nRUN b\n')).toEqual([]);
    expect(lines('FROM alpine:3.20\nRUN a\nONBUILD RUN c\nRUN b\n')).toEqual([]);
  });
  it('skips RUNs that already hold several commands, including $(…) and heredocs', () => {
    expect(lines('FROM alpine:3.20\nRUN echo $(date)\nRUN b\n')).toEqual([]);
    expect(lines('FROM alpine:3.20\nRUN a\nRUN <<EOF\nb\nc\nEOF\n')).toEqual([]);
    expect(lines('FROM alpine:3.20\nRUN a | b\nRUN c\n')).toEqual([]);
  });
  it('compares flags regardless of option order', () => {
    expect(
      lines('FROM alpine:3.20\nRUN --mount=type=cache,target=/c a\nRUN --mount=target=/c,type=cache b\n'),
    ).toEqual([3]);
    expect(lines('FROM alpine:3.20\nRUN --network=none a\nRUN b\n')).toEqual([]);
  });
  it('reports each further RUN of a sequence and treats exec form as one command', () => {
    expect(lines('FROM alpine:3.20\nRUN a\nRUN ["b"]\nRUN c\n')).toEqual([3, 4]);
  });
});
