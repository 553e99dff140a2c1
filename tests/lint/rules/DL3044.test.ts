import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3044')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3044', () => {
  it('points at the value that uses the variable', () => {
    expect(hits('ENV A=1 B=$A/x\n')).toEqual([[1, 11, 15]]);
  });
  it('understands ${A:-x}, escapes and single quotes', () => {
    expect(hits('ENV A=1 B=${A:-0}\n')).toHaveLength(1);
    expect(hits('ENV A=1 B=\\$A\n')).toEqual([]);
    expect(hits("ENV A=1 B='$A'\n")).toEqual([]);
    expect(hits('ENV A=1 B=$AB\n')).toEqual([]);
  });
  it('accepts variables defined earlier in the stage scope', () => {
    expect(hits('FROM debian:12\nARG A\nENV A=1 B=$A\n')).toEqual([]);
    expect(hits('FROM debian:12 AS base\nENV A=0\nFROM base\nENV A=1 B=$A\n')).toEqual([]);
  });
  it('uses the stage scope: a variable of an unrelated stage does not count', () => {
    expect(hits('FROM debian:12\nENV A=0\nFROM debian:12\nENV A=1 B=$A\n')).toHaveLength(1);
  });
});
