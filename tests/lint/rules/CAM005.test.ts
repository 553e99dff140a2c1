import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import rule from '../../../src/lint/rules/CAM005';

const run = (text: string, fragment?: boolean) =>
  lint(text, { rules: [rule], locale: 'en', fragment }).filter((d) => d.rule === 'CAM005');
const lines = (text: string) => run(text).map((d) => d.line);

describe('CAM005', () => {
  it('points at the first toolchain package and lists the others', () => {
    const [d] = run('FROM debian:12\nRUN apt-get install -y curl gcc=4:12.2.0-3 make\n');
    expect([d.line, d.column, d.endColumn]).toEqual([2, 29, 43]);
    expect(d.message).toContain('`gcc=4:12.2.0-3` (+ make)');
    expect(d.severity).toBe('info');
  });

  it.each([
    'RUN apt-get update && apt-get install -y --no-install-recommends build-essential',
    'RUN apt-get install -y g++',
    'RUN apt-get install -y gcc-12',
    'RUN apt-get install -y clang-16',
    'RUN apt install -y make',
    'RUN apk add --no-cache build-base',
    'RUN apk add --no-cache gcc~13 musl-dev',
    'RUN yum install -y gcc-c++',
    'RUN yum install -y gcc-11.3.1-4.3.el9',
    'RUN dnf install -y gcc make',
    'RUN microdnf install -y gcc',
    'RUN yum groupinstall -y "Development Tools"',
    'RUN dnf group install -y "Development Tools"',
    'RUN dnf install -y @development-tools',
    'RUN zypper install -y gcc',
    'RUN zypper in -y -t pattern devel_basis',
    'RUN ["apt-get", "install", "-y", "gcc"]',
    // autoremove alone does not remove manually installed packages
    'RUN apt-get install -y gcc && apt-get autoremove -y',
    // removing something else
    'RUN apk add --virtual .build-deps gcc && apk del .other',
  ])('fires: %s', (instr) => {
    expect(lines(`FROM debian:12\n${instr}\n`)).toEqual([2]);
  });

  it.each([
    'RUN apt-get install -y curl libc6-dev',
    'RUN apt-get install -y gcc-12-base',
    'RUN apt-get install -y clang-format',
    'RUN apt-get install -y make-guile',
    'RUN apt-get install -y cmake',
    'RUN apt-get remove -y gcc',
    'RUN echo apt-get install gcc',
    'RUN gcc -o /usr/local/bin/app app.c',
    'RUN apk add --no-cache musl',
    'RUN dnf install -y gcc-toolset-13-runtime',
    // removed in the same RUN
    'RUN apt-get install -y gcc && make && apt-get purge -y gcc',
    'RUN apt-get install -y build-essential && make && apt-get purge -y --auto-remove build-essential',
    'RUN savedAptMark="$(apt-mark showmanual)" && apt-get install -y gcc && make \\\n && apt-mark auto ".*" && apt-get purge -y --auto-remove',
    'RUN apk add --no-cache --virtual .build-deps gcc musl-dev && make && apk del .build-deps',
    'RUN apk add --no-cache -t .bd build-base && make && apk del --no-network .bd',
    'RUN dnf install -y gcc && make && dnf remove -y gcc',
    'RUN yum groupinstall -y "Development Tools" && make && yum groupremove -y "Development Tools"',
  ])('does not fire: %s', (instr) => {
    expect(lines(`FROM debian:12\n${instr}\n`)).toEqual([]);
  });

  it('only applies to single-stage builds', () => {
    const multi =
      'FROM debian:12 AS build\nRUN apt-get install -y gcc\n\nFROM debian:12\nCOPY --from=build /x /x\n';
    expect(lines(multi)).toEqual([]);
    // even when the final stage installs it: the multi-stage advice is already followed
    expect(lines('FROM debian:12 AS a\nRUN true\n\nFROM debian:12\nRUN apt-get install -y gcc\n')).toEqual(
      [],
    );
  });

  it('is off for fragments unless forced to whole-file', () => {
    expect(run('RUN apt-get install -y gcc\n')).toEqual([]);
    expect(run('RUN apt-get install -y gcc\n', false).map((d) => d.line)).toEqual([1]);
  });

  it('ignores ONBUILD triggers and sees heredocs', () => {
    expect(lines('FROM debian:12\nONBUILD RUN apt-get install -y gcc\n')).toEqual([]);
    expect(lines('FROM debian:12\nRUN <<EOF\napt-get install -y \\\n  gcc\nEOF\n')).toEqual([4]);
  });

  it('reports once per RUN', () => {
    expect(
      lines('FROM debian:12\nRUN apt-get install -y gcc\nWORKDIR /x\nRUN apk add make && apk add clang\n'),
    ).toEqual([2, 4]);
  });
});
