import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/CAM006';
import { ruleTester } from './_harness';
import { findings } from './_helpers';

ruleTester(rule, {
  valid: [
    // does not fire: a later trigger resets the value before it reaches the child image
    'FROM debian:12\nONBUILD ENV DEBIAN_FRONTEND=noninteractive\nONBUILD RUN true\nONBUILD ENV DEBIAN_FRONTEND=\n',
    // does not fire: ARG DEBIAN_FRONTEND=noninteractive
    'FROM debian:12\nARG DEBIAN_FRONTEND=noninteractive\n',
    // does not fire: ENV DEBIAN_FRONTEND=dialog
    { code: 'FROM debian:12\nENV DEBIAN_FRONTEND=dialog\n', onbuild: ['ENV'] },
    // does not fire: ENV DEBIAN_FRONTEND=${FRONTEND}
    { code: 'FROM debian:12\nENV DEBIAN_FRONTEND=${FRONTEND}\n', onbuild: ['ENV'] },
    // does not fire: ENV debian_frontend=noninteractive
    { code: 'FROM debian:12\nENV debian_frontend=noninteractive\n', onbuild: ['ENV'] },
    // does not fire: RUN DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata
    {
      code: 'FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata\n',
      onbuild: ['ENV', 'RUN'],
    },
    // does not fire: LABEL DEBIAN_FRONTEND=noninteractive
    'FROM debian:12\nLABEL DEBIAN_FRONTEND=noninteractive\n',
    // accepts a later reset, reports only the value that reaches the image
    'FROM debian:12\nENV DEBIAN_FRONTEND=noninteractive\nRUN true\nENV DEBIAN_FRONTEND=\n',
    // looks at the final stage and the stages it is built on
    'FROM debian:12 AS build\nENV DEBIAN_FRONTEND=noninteractive\n\nFROM debian:12\nRUN true\n',
    'FROM debian:12 AS base\nENV DEBIAN_FRONTEND=noninteractive\n\nFROM base\nENV DEBIAN_FRONTEND=\n',
  ],
  invalid: [
    // points at the key=value pair
    {
      code: 'FROM debian:12\nENV LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive\n',
      onbuild: ['ENV'],
      errors: [
        {
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 48,
          messageKey: 'persists',
          data: { key: 'DEBIAN_FRONTEND', value: 'noninteractive' },
        },
      ],
    },
    // fires: ENV DEBIAN_FRONTEND=noninteractive
    {
      code: 'FROM debian:12\nENV DEBIAN_FRONTEND=noninteractive\n',
      onbuild: ['ENV'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 35,
          messageKey: 'persists',
          data: { key: 'DEBIAN_FRONTEND', value: 'noninteractive' },
        },
      ],
    },
    // fires: ENV DEBIAN_FRONTEND="noninteractive"
    {
      code: 'FROM debian:12\nENV DEBIAN_FRONTEND="noninteractive"\n',
      onbuild: ['ENV'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 37,
          messageKey: 'persists',
          data: { key: 'DEBIAN_FRONTEND', value: 'noninteractive' },
        },
      ],
    },
    // fires: ENV DEBIAN_FRONTEND noninteractive
    {
      code: 'FROM debian:12\nENV DEBIAN_FRONTEND noninteractive\n',
      onbuild: ['ENV'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 35,
          messageKey: 'persists',
          data: { key: 'DEBIAN_FRONTEND', value: 'noninteractive' },
        },
      ],
    },
    // fires: ENV DEBIAN_FRONTEND=Noninteractive
    {
      code: 'FROM debian:12\nENV DEBIAN_FRONTEND=Noninteractive\n',
      onbuild: ['ENV'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 35,
          messageKey: 'persists',
          data: { key: 'DEBIAN_FRONTEND', value: 'Noninteractive' },
        },
      ],
    },
    // accepts a later reset, reports only the value that reaches the image
    {
      code: 'FROM debian:12\nENV DEBIAN_FRONTEND=noninteractive\nENV DEBIAN_FRONTEND=noninteractive\n',
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 35,
          messageKey: 'persists',
          data: { key: 'DEBIAN_FRONTEND', value: 'noninteractive' },
        },
      ],
    },
    // looks at the final stage and the stages it is built on
    {
      code: 'FROM debian:12 AS base\nENV DEBIAN_FRONTEND=noninteractive\n\nFROM base\nRUN true\n',
      onbuild: ['ENV'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 35,
          messageKey: 'persists',
          data: { key: 'DEBIAN_FRONTEND', value: 'noninteractive' },
        },
      ],
    },
    // reports ONBUILD ENV and fragments
    {
      code: 'FROM debian:12\nONBUILD ENV DEBIAN_FRONTEND=noninteractive\n',
      errors: [
        {
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 43,
          messageKey: 'persists',
          data: { key: 'DEBIAN_FRONTEND', value: 'noninteractive' },
        },
      ],
    },
    {
      code: 'ENV DEBIAN_FRONTEND=noninteractive\n',
      onbuild: ['ENV'],
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 35,
          messageKey: 'persists',
          data: { key: 'DEBIAN_FRONTEND', value: 'noninteractive' },
        },
      ],
    },
  ],
});

describe('CAM006 severity', () => {
  it('reports as info', () => {
    const [d] = findings('FROM debian:12\nENV LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive\n', 'CAM006');
    expect(d.severity).toBe('info');
  });
});
