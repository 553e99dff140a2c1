import rule from '../../../src/lint/rules/DL3045';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // inherits WORKDIR from parent stages, case-insensitively
    { code: 'FROM debian:12 AS Base\nWORKDIR /app\nFROM base\nCOPY a.txt .\n', onbuild: ['COPY'] },
    // accepts Windows paths and variables
    { code: 'FROM debian:12\nCOPY a.txt C:\\app\\a.txt\nCOPY b.txt ${DIR}\n', onbuild: ['COPY'] },
    // lets any WORKDIR of the stage cover an ONBUILD COPY
    'FROM debian:12\nONBUILD COPY . src\nWORKDIR /app\n',
    // is off for fragments
    { code: 'COPY . .\n', onbuild: ['COPY'] },
    // accepts a relative destination in a stage on scratch (the directory is always /)
    'FROM scratch\nCOPY metadata.json .\n',
    'FROM scratch AS a\nFROM a\nCOPY x .\n',
    // accepts a quoted variable destination and a FROM whose name holds a variable
    { code: 'FROM alpine:3.20\nCOPY a "${HOME}"/a\n', onbuild: ['COPY'] },
    'FROM alpine:3.20 AS build-a\nWORKDIR /src\nFROM build-${V}\nCOPY . .\n',
  ],
  invalid: [
    // points at the destination
    {
      code: 'FROM debian:12\nCOPY a.txt dst\n',
      onbuild: ['COPY'],
      errors: [
        { line: 2, column: 12, endLine: 2, endColumn: 15, messageKey: 'relative', data: { dest: 'dst' } },
      ],
    },
    // needs the WORKDIR before the COPY in the same stage
    {
      code: 'FROM debian:12\nCOPY a.txt dst\nWORKDIR /app\n',
      errors: [
        { line: 2, column: 12, endLine: 2, endColumn: 15, messageKey: 'relative', data: { dest: 'dst' } },
      ],
    },
    // lets any WORKDIR of the stage cover an ONBUILD COPY
    {
      code: 'FROM debian:12\nONBUILD COPY . src\n',
      errors: [
        { line: 2, column: 16, endLine: 2, endColumn: 19, messageKey: 'relative', data: { dest: 'src' } },
      ],
    },
    // accepts a relative destination in a stage on scratch (the directory is always /)
    {
      code: 'FROM alpine:3.20\nCOPY x .\n',
      onbuild: ['COPY'],
      errors: [{ line: 2, column: 8, endLine: 2, endColumn: 9, messageKey: 'relative', data: { dest: '.' } }],
    },
  ],
});
