import rule from '../../../src/lint/rules/DL3019';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts --no-cache anywhere and cache mounts on the apk cache
    { code: 'RUN apk --no-cache add curl=8.9.1-r2\n', onbuild: true },
    { code: 'RUN --mount=type=cache,dst=/var/cache/apk/ apk add curl=8.9.1-r2\n', onbuild: true },
    // accepts `apk add --no-network`, which downloads nothing into the cache
    { code: 'FROM alpine:3.20\nRUN apk add --no-network --virtual .rundeps $runDeps\n', onbuild: true },
  ],
  invalid: [
    // points at `apk add`
    {
      code: 'RUN apk update && apk add curl=8.9.1-r2\n',
      onbuild: true,
      errors: [{ line: 1, column: 19, endLine: 1, endColumn: 26, messageKey: 'noCache' }],
      output: 'RUN apk update && apk add --no-cache curl=8.9.1-r2\n',
    },
    // one finding per RUN
    {
      code: 'RUN apk add a=1 && apk add b=2\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 12, messageKey: 'noCache' }],
      output: 'RUN apk add --no-cache a=1 && apk add b=2\n',
    },
    // accepts --no-cache anywhere and cache mounts on the apk cache
    {
      code: 'RUN --mount=type=bind,target=/var/cache/apk apk add curl=8.9.1-r2\n',
      onbuild: true,
      errors: [{ line: 1, column: 45, endLine: 1, endColumn: 52, messageKey: 'noCache' }],
      output: 'RUN --mount=type=bind,target=/var/cache/apk apk add --no-cache curl=8.9.1-r2\n',
    },
    // accepts `apk add --no-network`, which downloads nothing into the cache
    {
      code: 'FROM alpine:3.20\nRUN apk add zip\n',
      onbuild: true,
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 12, messageKey: 'noCache' }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache zip\n',
    },
  ],
});
