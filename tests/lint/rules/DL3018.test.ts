import rule from '../../../src/lint/rules/DL3018';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // skips option values and accepts constraints and .apk files
    { code: 'RUN apk add --no-cache -t .deps --repository http://x/edge gcc=13.2 "musl<2"\n', onbuild: true },
    { code: 'RUN apk --no-cache -X http://x add ./pkg.apk\n', onbuild: true },
    // does not judge a word that is only a variable, declared or not (its packages are unknown)
    { code: 'ARG PKGS="bash=5.2"\nRUN apk add --no-cache $PKGS\n', onbuild: true },
    { code: 'RUN apk add --no-cache $PKGS\n', onbuild: true },
    // ignores other apk subcommands
    { code: 'RUN apk del curl && apk info git\n', onbuild: true },
    // does not print a variable as a package name
    { code: 'FROM alpine:3.20\nRUN apk add --no-cache $runDeps\n', onbuild: true },
  ],
  invalid: [
    // points at the first unpinned package and lists the others
    {
      code: 'RUN apk add --no-cache curl=8.9.1-r2 git make\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 38,
          endLine: 1,
          endColumn: 41,
          messageKey: 'unpinned',
          data: { package: 'git', more: ' (+ make)' },
        },
      ],
    },
    // does not judge a word that is only a variable, declared or not (its packages are unknown)
    {
      code: 'RUN apk add --no-cache py3-$PKG\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 32,
          messageKey: 'unpinned',
          data: { package: 'py3-$PKG', more: '' },
        },
      ],
    },
    // does not print a variable as a package name
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache $runDeps git\n',
      onbuild: true,
      errors: [
        {
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 36,
          messageKey: 'unpinned',
          data: { package: 'git', more: '' },
        },
      ],
    },
  ],
});
