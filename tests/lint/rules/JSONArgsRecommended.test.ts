import rule from '../../../src/lint/rules/JSONArgsRecommended';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts exec form (also over several lines) and HEALTHCHECK NONE
    'CMD [ "a", \\\n  "b" ]\nHEALTHCHECK NONE\nENTRYPOINT ["x"]\n',
    // is silent after a SHELL in the stage or a parent stage, not in an unrelated stage
    'FROM alpine:3.20 AS base\nSHELL ["/bin/ash", "-c"]\nFROM base\nCMD run\n',
  ],
  invalid: [
    // flags shell-form CMD, ENTRYPOINT and HEALTHCHECK CMD on the arguments
    {
      code: 'FROM alpine:3.20\nCMD run\nENTRYPOINT run\nHEALTHCHECK --interval=5s CMD check\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 8,
          messageKey: 'shellForm',
          data: { instruction: 'CMD', suggestion: ' (`CMD ["run"]`)' },
          aliases: ['DL3025'],
        },
        {
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 15,
          messageKey: 'shellForm',
          data: { instruction: 'ENTRYPOINT', suggestion: ' (`ENTRYPOINT ["run"]`)' },
          aliases: ['DL3025'],
        },
        {
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 36,
          messageKey: 'healthcheckShellForm',
          data: { instruction: 'HEALTHCHECK CMD', suggestion: ' (`HEALTHCHECK CMD ["check"]`)' },
          aliases: ['DL3025'],
        },
      ],
      output: 'FROM alpine:3.20\nCMD ["run"]\nENTRYPOINT ["run"]\nHEALTHCHECK --interval=5s CMD check\n',
    },
    // suggests the exec form for a plain command, not for shell syntax
    {
      code: 'CMD node /app/server.js\n',
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 24,
          messageKey: 'shellForm',
          data: { instruction: 'CMD', suggestion: ' (`CMD ["node", "/app/server.js"]`)' },
          aliases: ['DL3025'],
        },
      ],
      output: 'CMD ["node", "/app/server.js"]\n',
    },
    {
      code: 'HEALTHCHECK CMD curl -f http://x/\n',
      errors: [
        {
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 34,
          messageKey: 'healthcheckShellForm',
          data: {
            instruction: 'HEALTHCHECK CMD',
            suggestion: ' (`HEALTHCHECK CMD ["curl", "-f", "http://x/"]`)',
          },
          aliases: ['DL3025'],
        },
      ],
      output: null,
    },
    {
      code: 'CMD node $APP\n',
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 14,
          messageKey: 'shellForm',
          data: { instruction: 'CMD', suggestion: '' },
          aliases: ['DL3025'],
        },
      ],
      output: null,
    },
    {
      code: 'CMD a && b\n',
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 11,
          messageKey: 'shellForm',
          data: { instruction: 'CMD', suggestion: '' },
          aliases: ['DL3025'],
        },
      ],
      output: null,
    },
    // is silent after a SHELL in the stage or a parent stage, not in an unrelated stage
    {
      code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nFROM alpine:3.20\nCMD run\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 8,
          messageKey: 'shellForm',
          data: { instruction: 'CMD', suggestion: ' (`CMD ["run"]`)' },
          aliases: ['DL3025'],
        },
      ],
      output: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nFROM alpine:3.20\nCMD ["run"]\n',
    },
    {
      code: 'FROM alpine:3.20\nCMD run\nSHELL ["/bin/ash", "-c"]\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 8,
          messageKey: 'shellForm',
          data: { instruction: 'CMD', suggestion: ' (`CMD ["run"]`)' },
          aliases: ['DL3025'],
        },
      ],
      output: 'FROM alpine:3.20\nCMD ["run"]\nSHELL ["/bin/ash", "-c"]\n',
    },
    // reports on the keyword line when the arguments start on a continuation line
    {
      code: 'CMD \\\n  run\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 2,
          endColumn: 6,
          messageKey: 'shellForm',
          data: { instruction: 'CMD', suggestion: ' (`CMD ["run"]`)' },
          aliases: ['DL3025'],
        },
      ],
      output: 'CMD \\\n  ["run"]\n',
    },
    // turns a single-quoted array into the JSON form instead of shell words
    {
      code: "ENTRYPOINT ['node', 'x.js']\n",
      errors: [
        {
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 28,
          messageKey: 'singleQuotes',
          data: { instruction: 'ENTRYPOINT', suggestion: ' (`ENTRYPOINT ["node", "x.js"]`)' },
          aliases: ['DL3025'],
        },
      ],
      output: 'ENTRYPOINT ["node", "x.js"]\n',
    },
    // gives no suggestion for a bracketed text that is no array
    {
      code: 'CMD [node x.js\n',
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 15,
          messageKey: 'shellForm',
          data: { instruction: 'CMD', suggestion: '' },
          aliases: ['DL3025'],
        },
      ],
      output: null,
    },
    // drops a leading exec, which is a shell builtin
    {
      code: 'CMD exec node /app/server.js\n',
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 29,
          messageKey: 'shellForm',
          data: { instruction: 'CMD', suggestion: ' (`CMD ["node", "/app/server.js"]`)' },
          aliases: ['DL3025'],
        },
      ],
      output: 'CMD ["node", "/app/server.js"]\n',
    },
    // gives HEALTHCHECK CMD its own reason, not PID 1 signals
    {
      code: "HEALTHCHECK --interval=5s CMD ['curl', '-f', 'http://x/']\n",
      errors: [
        {
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 58,
          messageKey: 'singleQuotes',
          data: {
            instruction: 'HEALTHCHECK CMD',
            suggestion: ' (`HEALTHCHECK CMD ["curl", "-f", "http://x/"]`)',
          },
          aliases: ['DL3025'],
        },
      ],
      output: null,
    },
    {
      code: 'CMD node x.js\n',
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 14,
          messageKey: 'shellForm',
          data: { instruction: 'CMD', suggestion: ' (`CMD ["node", "x.js"]`)' },
          aliases: ['DL3025'],
        },
      ],
      output: 'CMD ["node", "x.js"]\n',
    },
  ],
});
