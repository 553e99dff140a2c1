import rule from '../../../src/lint/rules/DL3009';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // only counts an rm of the apt lists as cleanup
    {
      code: 'FROM debian:12-slim\nRUN apt-get update && rm -fr /var/lib/apt/lists\n',
      fragment: false,
      onbuild: true,
    },
    // accepts cache or tmpfs mounts over the lists (also via dst=)
    {
      code: 'FROM debian:12-slim\nRUN --mount=type=tmpfs,dst=/var/lib/apt/lists apt-get update\n',
      fragment: false,
      onbuild: true,
    },
    // accepts `apt-get dist-clean`, which removes the lists too (apt 2.7+)
    {
      code: 'FROM debian:13\nRUN apt-get update; apt-get install -y --no-install-recommends gnupg; apt-get dist-clean\n',
      fragment: false,
      onbuild: true,
    },
    // skips a base that only build stages use, checks the chain of the last stage
    {
      code: 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM base AS build\nRUN make\nFROM debian:12\nCOPY --from=build /x /x\n',
      fragment: false,
    },
  ],
  invalid: [
    // points at the update command
    {
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y x\n',
      onbuild: true,
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageKey: 'noCleanup',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // only counts an rm of the apt lists as cleanup
    {
      code: 'FROM debian:12-slim\nRUN apt-get update && rm -rf /tmp/*\n',
      fragment: false,
      onbuild: true,
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageKey: 'noCleanup',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // skips intermediate stages nothing builds on, but not ONBUILD triggers
    {
      code: 'FROM debian:12-slim AS tools\nRUN apt-get update\nONBUILD RUN apt-get update\nFROM debian:12-slim\nRUN echo\n',
      fragment: false,
      errors: [
        {
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 27,
          messageKey: 'noCleanup',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // accepts cache or tmpfs mounts over the lists (also via dst=)
    {
      code: 'FROM debian:12-slim\nRUN --mount=type=bind,target=/var/lib/apt/lists apt-get update\n',
      fragment: false,
      onbuild: true,
      errors: [
        {
          line: 2,
          column: 49,
          endLine: 2,
          endColumn: 63,
          messageKey: 'noCleanup',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // sees commands in RUN heredocs
    {
      code: 'FROM debian:12-slim\nRUN <<EOF\napt-get update\napt-get install -y x\nEOF\n',
      fragment: false,
      onbuild: true,
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 15,
          messageKey: 'noCleanup',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // accepts `apt-get dist-clean`, which removes the lists too (apt 2.7+)
    {
      code: 'FROM debian:13\nRUN apt-get update; apt-get install -y --no-install-recommends gnupg; apt-get clean\n',
      fragment: false,
      onbuild: true,
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageKey: 'noCleanup',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // skips a base that only build stages use, checks the chain of the last stage
    {
      code: 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM base\nRUN make\n',
      fragment: false,
      onbuild: true,
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageKey: 'noCleanup',
          data: { command: 'apt-get update' },
        },
      ],
    },
    {
      code: 'ARG V=a\nFROM debian:12 AS base\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM base AS dev-a\nFROM dev-${V}\nRUN make\n',
      fragment: false,
      onbuild: true,
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 19,
          messageKey: 'noCleanup',
          data: { command: 'apt-get update' },
        },
      ],
    },
  ],
});
