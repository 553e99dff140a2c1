import rule from '../../../src/lint/rules/WorkdirRelativePath';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nWORKDIR /app\n',
    'FROM debian:12 AS base\nWORKDIR /app\nFROM base AS build\nWORKDIR src\n',
    'FROM debian:12\nARG APP_HOME=/srv/app\nWORKDIR ${APP_HOME}\n',
    'WORKDIR C:\\\\app\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nWORKDIR app\n',
      errors: [
        {
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 12,
          messageKey: 'relative',
          data: { path: 'app' },
          aliases: ['DL3000'],
        },
      ],
      // the base image's WORKDIR is unknown: no fix
      output: null,
    },
    {
      code: 'WORKDIR "src/app"\n',
      errors: [
        {
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 18,
          messageKey: 'relative',
          data: { path: 'src/app' },
          aliases: ['DL3000'],
        },
      ],
    },
    {
      code: 'FROM scratch\nWORKDIR app\nWORKDIR "lib"\n',
      // every relative WORKDIR is reported until an absolute one; only the first has a known start
      errors: [
        {
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 12,
          messageKey: 'relative',
          data: { path: 'app' },
          aliases: ['DL3000'],
        },
        {
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 14,
          messageKey: 'relative',
          data: { path: 'lib' },
          aliases: ['DL3000'],
        },
      ],
      output: 'FROM scratch\nWORKDIR /app\nWORKDIR "lib"\n',
    },
  ],
});
