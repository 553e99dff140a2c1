import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import { lines as ruleLines } from './_helpers';

const hits = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3045')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3045', () => {
  it('points at the destination', () => {
    expect(hits('FROM debian:12\nCOPY a.txt dst\n')).toEqual([[2, 12, 15]]);
  });
  it('needs the WORKDIR before the COPY in the same stage', () => {
    expect(hits('FROM debian:12\nCOPY a.txt dst\nWORKDIR /app\n')).toHaveLength(1);
  });
  it('inherits WORKDIR from parent stages, case-insensitively', () => {
    expect(hits('FROM debian:12 AS Base\nWORKDIR /app\nFROM base\nCOPY a.txt .\n')).toEqual([]);
  });
  it('accepts Windows paths and variables', () => {
    expect(hits('FROM debian:12\nCOPY a.txt C:\\app\\a.txt\nCOPY b.txt ${DIR}\n')).toEqual([]);
  });
  it('lets any WORKDIR of the stage cover an ONBUILD COPY', () => {
    expect(hits('FROM debian:12\nONBUILD COPY . src\nWORKDIR /app\n')).toEqual([]);
    expect(hits('FROM debian:12\nONBUILD COPY . src\n')).toHaveLength(1);
  });
  it('is off for fragments', () => {
    expect(hits('COPY . .\n')).toEqual([]);
  });
});

describe('DL3045 on scratch', () => {
  it('accepts a relative destination in a stage on scratch (the directory is always /)', () => {
    expect(ruleLines('FROM scratch\nCOPY metadata.json .\n', 'DL3045')).toEqual([]);
    expect(ruleLines('FROM scratch AS a\nFROM a\nCOPY x .\n', 'DL3045')).toEqual([]);
    expect(ruleLines('FROM alpine:3.20\nCOPY x .\n', 'DL3045')).toEqual([2]);
  });
});

describe('DL3045 when the destination or the base is not certain', () => {
  it('accepts a quoted variable destination and a FROM whose name holds a variable', () => {
    expect(ruleLines('FROM alpine:3.20\nCOPY a "${HOME}"/a\n', 'DL3045')).toEqual([]);
    expect(
      ruleLines('FROM alpine:3.20 AS build-a\nWORKDIR /src\nFROM build-${V}\nCOPY . .\n', 'DL3045'),
    ).toEqual([]);
  });
});
