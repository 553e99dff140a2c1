import rule from '../../../src/lint/rules/DL4006';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // does not see a pipe inside quotes
    "FROM debian:12-slim\nRUN yq '.a | keys' f.yml || true\n",
    // accepts bash/zsh/ash with -o pipefail, in any spelling
    'FROM alpine:3.20\nSHELL ["/bin/bash", "-euxo", "pipefail", "-c"]\nRUN ls | wc -l\n',
    'FROM alpine:3.20\nSHELL ["/usr/bin/zsh", "-o", "pipefail", "-c"]\nRUN ls | wc -l\n',
    'FROM alpine:3.20\nSHELL ["ash", "-e", "-o", "pipefail", "-c"]\nRUN ls | wc -l\n',
    // skips non-POSIX shells (SHELL or shell pragma)
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["C:\\\\Windows\\\\System32\\\\WindowsPowerShell\\\\v1.0\\\\powershell.exe", "-Command"]\nRUN Get-ChildItem | Measure-Object\n',
    '# hadolint shell=pwsh\nFROM mcr.microsoft.com/powershell:7.4-debian-12\nRUN Get-ChildItem | Measure-Object\n',
    // does not check ONBUILD triggers or exec-form RUN
    'FROM debian:12-slim\nONBUILD RUN ls | wc -l\nRUN ["sh", "-c", "ls | wc -l"]\n',
  ],
  invalid: [
    // points at the first pipeline
    {
      code: 'FROM debian:12-slim\nRUN cd / && ls | wc -l && echo done\n',
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 23, messageKey: 'noPipefail' }],
    },
    // accepts bash/zsh/ash with -o pipefail, in any spelling
    {
      code: 'FROM alpine:3.20\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN ls | wc -l\n',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 15, messageKey: 'noPipefail' }],
    },
    {
      code: 'FROM alpine:3.20\nSHELL ["/bin/bash", "-c"]\nRUN ls | wc -l\n',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 15, messageKey: 'noPipefail' }],
    },
    // a stage built on another inherits its SHELL; an unrelated stage does not
    {
      code: 'FROM debian:12-slim AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base AS child\nRUN ls | wc -l\nFROM debian:12-slim\nRUN ls | wc -l\n',
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 15, messageKey: 'noPipefail' }],
    },
  ],
});
