import rule from '../../../src/lint/rules/DL3034';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts the global and subcommand switches
    { code: 'RUN zypper -n in curl=8.6.0 && zypper clean\n', onbuild: true },
    { code: 'RUN zypper --non-interactive --root /mnt rm curl && zypper clean\n', onbuild: true },
    { code: 'RUN zypper remove --no-confirm curl\n', onbuild: true },
    // ignores queries and checks update
    { code: 'RUN zypper search curl && zypper refresh\n', onbuild: true },
  ],
  invalid: [
    // points at `zypper install`
    {
      code: 'RUN zypper install curl=8.6.0 && zypper clean\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 19,
          messageKey: 'interactive',
          data: { sub: 'install' },
        },
      ],
    },
    // ignores queries and checks update
    {
      code: 'RUN zypper up\n',
      onbuild: true,
      errors: [
        { line: 1, column: 5, endLine: 1, endColumn: 14, messageKey: 'interactive', data: { sub: 'up' } },
      ],
    },
  ],
});
