import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/CAM005';
import { ruleTester } from './_harness';
import { findings } from './_helpers';

ruleTester(rule, {
  valid: [
    // does not fire: RUN apt-get install -y curl libc6-dev
    'FROM debian:12\nRUN apt-get install -y curl libc6-dev\n',
    // does not fire: RUN apt-get install -y gcc-12-base
    'FROM debian:12\nRUN apt-get install -y gcc-12-base\n',
    // does not fire: RUN apt-get install -y clang-format
    'FROM debian:12\nRUN apt-get install -y clang-format\n',
    // does not fire: RUN apt-get install -y make-guile
    'FROM debian:12\nRUN apt-get install -y make-guile\n',
    // does not fire: RUN apt-get install -y cmake
    'FROM debian:12\nRUN apt-get install -y cmake\n',
    // does not fire: RUN apt-get remove -y gcc
    'FROM debian:12\nRUN apt-get remove -y gcc\n',
    // does not fire: RUN echo apt-get install gcc
    'FROM debian:12\nRUN echo apt-get install gcc\n',
    // does not fire: RUN gcc -o /usr/local/bin/app app.c
    'FROM debian:12\nRUN gcc -o /usr/local/bin/app app.c\n',
    // does not fire: RUN apk add --no-cache musl
    'FROM debian:12\nRUN apk add --no-cache musl\n',
    // does not fire: RUN dnf install -y gcc-toolset-13-runtime
    'FROM debian:12\nRUN dnf install -y gcc-toolset-13-runtime\n',
    // does not fire: RUN apt-get install -y gcc && make && apt-get purge -y gcc
    'FROM debian:12\nRUN apt-get install -y gcc && make && apt-get purge -y gcc\n',
    // does not fire: RUN apt-get install -y build-essential && make && apt-get purge -y --auto-remove build-essential
    'FROM debian:12\nRUN apt-get install -y build-essential && make && apt-get purge -y --auto-remove build-essential\n',
    // does not fire: RUN savedAptMark="$(apt-mark showmanual)" && apt-get install -y gcc && make \ / && apt-mark auto ".*" && apt-get purge -y --auto-remove
    'FROM debian:12\nRUN savedAptMark="$(apt-mark showmanual)" && apt-get install -y gcc && make \\\n && apt-mark auto ".*" && apt-get purge -y --auto-remove\n',
    // does not fire: RUN apk add --no-cache --virtual .build-deps gcc musl-dev && make && apk del .build-deps
    'FROM debian:12\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && make && apk del .build-deps\n',
    // does not fire: RUN apk add --no-cache -t .bd build-base && make && apk del --no-network .bd
    'FROM debian:12\nRUN apk add --no-cache -t .bd build-base && make && apk del --no-network .bd\n',
    // does not fire: RUN dnf install -y gcc && make && dnf remove -y gcc
    'FROM debian:12\nRUN dnf install -y gcc && make && dnf remove -y gcc\n',
    // does not fire: RUN yum groupinstall -y "Development Tools" && make && yum groupremove -y "Development Tools"
    'FROM debian:12\nRUN yum groupinstall -y "Development Tools" && make && yum groupremove -y "Development Tools"\n',
    // only applies to single-stage builds
    'FROM debian:12 AS build\nRUN apt-get install -y gcc\n\nFROM debian:12\nCOPY --from=build /x /x\n',
    'FROM debian:12 AS a\nRUN true\n\nFROM debian:12\nRUN apt-get install -y gcc\n',
    // is off for fragments unless forced to whole-file
    'RUN apt-get install -y gcc\n',
    // ignores ONBUILD triggers and sees heredocs
    'FROM debian:12\nONBUILD RUN apt-get install -y gcc\n',
  ],
  invalid: [
    // points at the first toolchain package and lists the others
    {
      code: 'FROM debian:12\nRUN apt-get install -y curl gcc=4:12.2.0-3 make\n',
      errors: [
        {
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 43,
          messageKey: 'toolchain',
          data: { package: 'gcc=4:12.2.0-3', more: ' (+ make)' },
        },
      ],
    },
    // fires: RUN apt-get update && apt-get install -y --no-install-recommends build-essential
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential\n',
      errors: [
        {
          line: 2,
          column: 66,
          endLine: 2,
          endColumn: 81,
          messageKey: 'toolchain',
          data: { package: 'build-essential', more: '' },
        },
      ],
    },
    // fires: RUN apt-get install -y g++
    {
      code: 'FROM debian:12\nRUN apt-get install -y g++\n',
      errors: [
        {
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 27,
          messageKey: 'toolchain',
          data: { package: 'g++', more: '' },
        },
      ],
    },
    // fires: RUN apt-get install -y gcc-12
    {
      code: 'FROM debian:12\nRUN apt-get install -y gcc-12\n',
      errors: [
        {
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 30,
          messageKey: 'toolchain',
          data: { package: 'gcc-12', more: '' },
        },
      ],
    },
    // fires: RUN apt-get install -y clang-16
    {
      code: 'FROM debian:12\nRUN apt-get install -y clang-16\n',
      errors: [
        {
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 32,
          messageKey: 'toolchain',
          data: { package: 'clang-16', more: '' },
        },
      ],
    },
    // fires: RUN apt install -y make
    {
      code: 'FROM debian:12\nRUN apt install -y make\n',
      errors: [
        {
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 24,
          messageKey: 'toolchain',
          data: { package: 'make', more: '' },
        },
      ],
    },
    // fires: RUN apk add --no-cache build-base
    {
      code: 'FROM debian:12\nRUN apk add --no-cache build-base\n',
      errors: [
        {
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 34,
          messageKey: 'toolchain',
          data: { package: 'build-base', more: '' },
        },
      ],
    },
    // fires: RUN apk add --no-cache gcc~13 musl-dev
    {
      code: 'FROM debian:12\nRUN apk add --no-cache gcc~13 musl-dev\n',
      errors: [
        {
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 30,
          messageKey: 'toolchain',
          data: { package: 'gcc~13', more: ' (+ musl-dev)' },
        },
      ],
    },
    // fires: RUN yum install -y gcc-c++
    {
      code: 'FROM debian:12\nRUN yum install -y gcc-c++\n',
      errors: [
        {
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 27,
          messageKey: 'toolchain',
          data: { package: 'gcc-c++', more: '' },
        },
      ],
    },
    // fires: RUN yum install -y gcc-11.3.1-4.3.el9
    {
      code: 'FROM debian:12\nRUN yum install -y gcc-11.3.1-4.3.el9\n',
      errors: [
        {
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 38,
          messageKey: 'toolchain',
          data: { package: 'gcc-11.3.1-4.3.el9', more: '' },
        },
      ],
    },
    // fires: RUN dnf install -y gcc make
    {
      code: 'FROM debian:12\nRUN dnf install -y gcc make\n',
      errors: [
        {
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 23,
          messageKey: 'toolchain',
          data: { package: 'gcc', more: ' (+ make)' },
        },
      ],
    },
    // fires: RUN microdnf install -y gcc
    {
      code: 'FROM debian:12\nRUN microdnf install -y gcc\n',
      errors: [
        {
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 28,
          messageKey: 'toolchain',
          data: { package: 'gcc', more: '' },
        },
      ],
    },
    // fires: RUN yum groupinstall -y "Development Tools"
    {
      code: 'FROM debian:12\nRUN yum groupinstall -y "Development Tools"\n',
      errors: [
        {
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 44,
          messageKey: 'toolchain',
          data: { package: 'Development Tools', more: '' },
        },
      ],
    },
    // fires: RUN dnf group install -y "Development Tools"
    {
      code: 'FROM debian:12\nRUN dnf group install -y "Development Tools"\n',
      errors: [
        {
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 45,
          messageKey: 'toolchain',
          data: { package: 'Development Tools', more: '' },
        },
      ],
    },
    // fires: RUN dnf install -y @development-tools
    {
      code: 'FROM debian:12\nRUN dnf install -y @development-tools\n',
      errors: [
        {
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 38,
          messageKey: 'toolchain',
          data: { package: '@development-tools', more: '' },
        },
      ],
    },
    // fires: RUN zypper install -y gcc
    {
      code: 'FROM debian:12\nRUN zypper install -y gcc\n',
      errors: [
        {
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 26,
          messageKey: 'toolchain',
          data: { package: 'gcc', more: '' },
        },
      ],
    },
    // fires: RUN zypper in -y -t pattern devel_basis
    {
      code: 'FROM debian:12\nRUN zypper in -y -t pattern devel_basis\n',
      errors: [
        {
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 40,
          messageKey: 'toolchain',
          data: { package: 'devel_basis', more: '' },
        },
      ],
    },
    // fires: RUN ["apt-get", "install", "-y", "gcc"]
    {
      code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "gcc"]\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 40,
          messageKey: 'toolchain',
          data: { package: 'gcc', more: '' },
        },
      ],
    },
    // fires: RUN apt-get install -y gcc && apt-get autoremove -y
    {
      code: 'FROM debian:12\nRUN apt-get install -y gcc && apt-get autoremove -y\n',
      errors: [
        {
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 27,
          messageKey: 'toolchain',
          data: { package: 'gcc', more: '' },
        },
      ],
    },
    // fires: RUN apk add --virtual .build-deps gcc && apk del .other
    {
      code: 'FROM debian:12\nRUN apk add --virtual .build-deps gcc && apk del .other\n',
      errors: [
        {
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 38,
          messageKey: 'toolchain',
          data: { package: 'gcc', more: '' },
        },
      ],
    },
    // is off for fragments unless forced to whole-file
    {
      code: 'RUN apt-get install -y gcc\n',
      fragment: false,
      errors: [
        {
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 27,
          messageKey: 'toolchain',
          data: { package: 'gcc', more: '' },
        },
      ],
    },
    // ignores ONBUILD triggers and sees heredocs
    {
      code: 'FROM debian:12\nRUN <<EOF\napt-get install -y \\\n  gcc\nEOF\n',
      errors: [
        {
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
          messageKey: 'toolchain',
          data: { package: 'gcc', more: '' },
        },
      ],
    },
    // reports once per RUN
    {
      code: 'FROM debian:12\nRUN apt-get install -y gcc\nWORKDIR /x\nRUN apk add make && apk add clang\n',
      errors: [
        {
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 27,
          messageKey: 'toolchain',
          data: { package: 'gcc', more: '' },
        },
        {
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 17,
          messageKey: 'toolchain',
          data: { package: 'make', more: ' (+ clang)' },
        },
      ],
    },
  ],
});

describe('CAM005 severity', () => {
  it('reports as info', () => {
    const [d] = findings('FROM debian:12\nRUN apt-get install -y curl gcc=4:12.2.0-3 make\n', 'CAM005');
    expect(d.severity).toBe('info');
  });
});
