import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import rule from '../../../src/lint/rules/CAM006';

const run = (text: string) => lint(text, { rules: [rule], locale: 'en' }).filter((d) => d.rule === 'CAM006');
const lines = (text: string) => run(text).map((d) => d.line);

describe('CAM006', () => {
  it('points at the key=value pair', () => {
    const [d] = run('FROM debian:12\nENV LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive\n');
    expect([d.line, d.column, d.endColumn]).toEqual([2, 18, 48]);
    expect(d.message).toContain('`ARG DEBIAN_FRONTEND=noninteractive`');
    expect(d.severity).toBe('info');
  });

  it.each([
    'ENV DEBIAN_FRONTEND=noninteractive',
    'ENV DEBIAN_FRONTEND="noninteractive"',
    'ENV DEBIAN_FRONTEND noninteractive',
    'ENV DEBIAN_FRONTEND=Noninteractive',
  ])('fires: %s', (instr) => {
    expect(lines(`FROM debian:12\n${instr}\n`)).toEqual([2]);
  });

  it.each([
    'ARG DEBIAN_FRONTEND=noninteractive',
    'ENV DEBIAN_FRONTEND=dialog',
    'ENV DEBIAN_FRONTEND=${FRONTEND}',
    'ENV debian_frontend=noninteractive',
    'RUN DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata',
    'LABEL DEBIAN_FRONTEND=noninteractive',
  ])('does not fire: %s', (instr) => {
    expect(lines(`FROM debian:12\n${instr}\n`)).toEqual([]);
  });

  it('accepts a later reset, reports only the value that reaches the image', () => {
    expect(
      lines('FROM debian:12\nENV DEBIAN_FRONTEND=noninteractive\nRUN true\nENV DEBIAN_FRONTEND=\n'),
    ).toEqual([]);
    expect(
      lines('FROM debian:12\nENV DEBIAN_FRONTEND=noninteractive\nENV DEBIAN_FRONTEND=noninteractive\n'),
    ).toEqual([3]);
  });

  it('looks at the final stage and the stages it is built on', () => {
    expect(
      lines('FROM debian:12 AS build\nENV DEBIAN_FRONTEND=noninteractive\n\nFROM debian:12\nRUN true\n'),
    ).toEqual([]);
    expect(
      lines('FROM debian:12 AS base\nENV DEBIAN_FRONTEND=noninteractive\n\nFROM base\nRUN true\n'),
    ).toEqual([2]);
    expect(
      lines(
        'FROM debian:12 AS base\nENV DEBIAN_FRONTEND=noninteractive\n\nFROM base\nENV DEBIAN_FRONTEND=\n',
      ),
    ).toEqual([]);
  });

  it('reports ONBUILD ENV and fragments', () => {
    expect(lines('FROM debian:12\nONBUILD ENV DEBIAN_FRONTEND=noninteractive\n')).toEqual([2]);
    expect(lines('ENV DEBIAN_FRONTEND=noninteractive\n')).toEqual([1]);
  });
});
