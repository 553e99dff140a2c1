import { describe, expect, it } from 'vitest';
import { findings, lines } from './_helpers';

describe('InvalidDefaultArgInFrom', () => {
  it('reports a tag left empty by an ARG without default', () => {
    const [d] = findings('ARG TAG\nFROM alpine:${TAG}\n', 'InvalidDefaultArgInFrom');
    expect([d.line, d.column]).toEqual([2, 6]);
    expect(d.message).toContain('`alpine:`');
  });
  it('reports an empty image', () => {
    expect(lines('ARG IMAGE\nFROM $IMAGE\n', 'InvalidDefaultArgInFrom')).toEqual([2]);
  });
  it('ignores build args: the defaults must work on their own', () => {
    expect(
      lines('ARG TAG\nFROM alpine:${TAG}\n', 'InvalidDefaultArgInFrom', { buildArgs: { TAG: '3.20' } }),
    ).toEqual([2]);
  });
  it('accepts defaults, :- fallbacks and optional suffixes', () => {
    const text =
      'ARG A=3.20\nARG B\nARG C=""\nFROM alpine:${A}\nFROM alpine:${B:-3.20}\nFROM alpine:3.20${C}${B}\n';
    expect(lines(text, 'InvalidDefaultArgInFrom')).toEqual([]);
  });
  it('expands defaults that use earlier ARGs', () => {
    expect(lines('ARG V=3.20\nARG IMG=alpine:${V}\nFROM ${IMG}\n', 'InvalidDefaultArgInFrom')).toEqual([]);
    expect(lines('ARG V\nARG IMG=alpine:${V}\nFROM ${IMG}\n', 'InvalidDefaultArgInFrom')).toEqual([3]);
  });
  it('reports an uppercase repository and accepts a registry with a port', () => {
    expect(lines('ARG N=Alpine\nFROM ${N}\n', 'InvalidDefaultArgInFrom')).toEqual([2]);
    expect(lines('ARG R=localhost:5000\nFROM ${R}/app:1\n', 'InvalidDefaultArgInFrom')).toEqual([]);
  });
  it('uses linux/amd64 values for the platform ARGs and skips FROM without variables', () => {
    expect(lines('FROM alpine:3.20-${TARGETARCH}\nFROM Alpine\n', 'InvalidDefaultArgInFrom')).toEqual([]);
  });
});
