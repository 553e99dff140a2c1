import rule from '../../../src/lint/rules/DL3060';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // needs the clean after the last install, in the same RUN
    { code: 'RUN yarn install && yarn cache clean\n', onbuild: true },
    // accepts a cache/tmpfs mount on a yarn cache directory
    { code: 'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n', onbuild: true },
  ],
  invalid: [
    // points at the yarn install command
    {
      code: 'RUN cd /app && yarn install\n',
      onbuild: true,
      errors: [{ line: 1, column: 16, endLine: 1, endColumn: 28, messageKey: 'noClean' }],
    },
    // needs the clean after the last install, in the same RUN
    {
      code: 'RUN yarn install && yarn cache clean && yarn install --production\n',
      onbuild: true,
      errors: [{ line: 1, column: 41, endLine: 1, endColumn: 66, messageKey: 'noClean' }],
    },
    {
      code: 'RUN yarn install\nRUN yarn cache clean\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 17, messageKey: 'noClean' }],
    },
    // accepts a cache/tmpfs mount on a yarn cache directory
    {
      code: 'RUN --mount=type=bind,target=/root/.cache/yarn yarn install\n',
      onbuild: true,
      errors: [{ line: 1, column: 48, endLine: 1, endColumn: 60, messageKey: 'noClean' }],
    },
    // checks the last stage and stages built upon, and always ONBUILD triggers
    {
      code: 'FROM node:22-slim AS deps\nRUN yarn install\nFROM node:22-slim AS unused\nRUN yarn install\nONBUILD RUN yarn install\nFROM deps\nRUN yarn install\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 17, messageKey: 'noClean' },
        { line: 5, column: 13, endLine: 5, endColumn: 25, messageKey: 'noClean' },
        { line: 7, column: 5, endLine: 7, endColumn: 17, messageKey: 'noClean' },
      ],
    },
  ],
});
