import { describe, expect, it } from 'vitest';
import { findings, lines } from './_helpers';

describe('UndefinedArgInFrom', () => {
  it('reports an undeclared name, on the variable, with a suggestion', () => {
    const [d] = findings('ARG VERSION=3.20\nFROM alpine:${VERSOIN}\n', 'UndefinedArgInFrom');
    expect([d.line, d.column, d.endColumn]).toEqual([2, 13, 23]);
    expect(d.message).toContain('did you mean `VERSION`');
  });
  it('accepts declared global ARGs, with or without a default', () => {
    expect(lines('ARG A\nARG B=x\nFROM alpine${A}:3.20${B}\n', 'UndefinedArgInFrom')).toEqual([]);
  });
  it('accepts the automatic platform ARGs, in the image and in --platform', () => {
    expect(lines('FROM --platform=$BUILDPLATFORM alpine:3.20-$TARGETARCH\n', 'UndefinedArgInFrom')).toEqual(
      [],
    );
  });
  it('checks --platform', () => {
    expect(lines('FROM --platform=$BUILD_PLATFORM alpine:3.20\n', 'UndefinedArgInFrom')).toEqual([1]);
  });
  it('an ARG declared inside a stage is not visible to a later FROM', () => {
    expect(lines('FROM alpine:3.20\nARG TAG=1\nFROM alpine:${TAG}\n', 'UndefinedArgInFrom')).toEqual([3]);
  });
  it('reports each name once per FROM, even inside a default', () => {
    const ds = findings('FROM ${X:-alpine}:${X}${Y}\n', 'UndefinedArgInFrom');
    expect(ds.map((d) => d.message.match(/`(\w+)`/)?.[1])).toEqual(['X', 'Y']);
  });
  it('is off for fragments', () => {
    expect(lines('RUN echo $X\n', 'UndefinedArgInFrom')).toEqual([]);
  });
});
