import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3022')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3022', () => {
  it('points at the --from value', () => {
    expect(hits('FROM debian:12 AS a\nFROM debian:12\nCOPY --from=bulid /x /y\n')).toEqual([[3, 13, 18]]);
  });
  it('matches stage names case-insensitively', () => {
    expect(hits('FROM debian:12 AS Build\nFROM debian:12\nCOPY --from=build /x /y\n')).toEqual([]);
  });
  it('accepts images, variables and earlier indexes', () => {
    expect(hits('FROM debian:12\nCOPY --from=ghcr.io/acme/tools /x /y\n')).toEqual([]);
    expect(hits('ARG SRC=a\nFROM debian:12\nCOPY --from=${SRC} /x /y\n')).toEqual([]);
    expect(hits('FROM debian:12\nFROM debian:12\nCOPY --from=0 /x /y\n')).toEqual([]);
  });
  it('flags a later index but leaves the own index to DL3023', () => {
    expect(hits('FROM debian:12\nCOPY --from=1 /x /y\nFROM debian:12\n')).toHaveLength(1);
    expect(hits('FROM debian:12\nCOPY --from=0 /x /y\n')).toEqual([]);
  });
  it('is off for fragments', () => {
    expect(hits('COPY --from=build /x /y\n')).toEqual([]);
  });
});

describe('DL3022 and a stage declared further down', () => {
  it('says BuildKit refuses it instead of suggesting an image tag', () => {
    const found = lint('FROM debian:12\nCOPY --from=later /x /y\nFROM debian:12 AS later\n', {
      locale: 'en',
    }).filter((d) => d.rule === 'DL3022');
    expect(found.map((d) => d.message)).toEqual([
      '`COPY --from=later` references a stage declared further down (line 3); BuildKit refuses it: move that stage above this one',
    ]);
  });
});
