import rule from '../../../src/lint/rules/DL3036';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts clean/cc after the install, and rm of the cache
    { code: 'RUN zypper -n in tar=1.34 && zypper cc -a\n', onbuild: true },
    { code: 'RUN zypper -n in tar=1.34 && rm -rf /var/cache/zypp/*\n', onbuild: true },
  ],
  invalid: [
    // points at the install that is not cleaned afterwards
    {
      code: 'RUN zypper clean && zypper -n install tar=1.34\n',
      onbuild: true,
      errors: [
        { line: 1, column: 21, endLine: 1, endColumn: 38, messageKey: 'noClean', data: { sub: 'install' } },
      ],
    },
    // ignores mounts of other types or dirs
    {
      code: 'RUN --mount=type=cache,target=/tmp zypper -n in tar=1.34\n',
      onbuild: true,
      errors: [
        { line: 1, column: 36, endLine: 1, endColumn: 48, messageKey: 'noClean', data: { sub: 'in' } },
      ],
    },
  ],
});
