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
      errors: [{ line: 2, column: 9, endColumn: 12, messageKey: 'relative' }],
      // the base image's WORKDIR is unknown: no fix
      output: null,
    },
    { code: 'WORKDIR "src/app"\n', errors: [{ line: 1, column: 9, messageKey: 'relative' }] },
    {
      code: 'FROM scratch\nWORKDIR app\nWORKDIR "lib"\n',
      // every relative WORKDIR is reported until an absolute one; only the first has a known start
      errors: [
        { line: 2, column: 9, messageKey: 'relative' },
        { line: 3, column: 9, messageKey: 'relative' },
      ],
      output: 'FROM scratch\nWORKDIR /app\nWORKDIR "lib"\n',
    },
  ],
});
