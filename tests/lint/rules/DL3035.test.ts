import rule from '../../../src/lint/rules/DL3035';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // ignores other subcommands and mentions of dup as a package
    { code: 'RUN zypper -n install dup=1.0\n', onbuild: true },
  ],
  invalid: [
    // points at the dist-upgrade word
    {
      code: 'RUN zypper -n dup\n',
      onbuild: true,
      errors: [
        { line: 1, column: 15, endLine: 1, endColumn: 18, messageKey: 'distUpgrade', data: { sub: 'dup' } },
      ],
    },
  ],
});
