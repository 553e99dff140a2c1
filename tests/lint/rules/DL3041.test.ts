import rule from '../../../src/lint/rules/DL3041';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // exempts groups and @selectors
    { code: 'RUN dnf -y group install "Development Tools" && dnf clean all\n', onbuild: true },
    { code: 'RUN dnf install -y @development-tools && dnf clean all\n', onbuild: true },
    // knows variables of the stage and of its parent, not of an unrelated stage
    {
      code: 'FROM fedora:40 AS base\nENV V=1.34\nFROM base\nRUN dnf install -y tar-${V} && dnf clean all\n',
      onbuild: true,
    },
    // ignores a command substitution it cannot read
    { code: 'RUN dnf install -y $(cat /tmp/pkgs) && dnf clean all\n', onbuild: true },
    // does not print a variable as a package name
    { code: 'FROM fedora:40\nRUN dnf install -y $INSTALL_PKGS && dnf clean all\n', onbuild: true },
  ],
  invalid: [
    // points at the first unpinned package
    {
      code: 'RUN dnf install -y tar-1.34 rpm-sign && dnf clean all\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 37,
          messageKey: 'unpinned',
          data: { tool: 'dnf', package: 'rpm-sign', more: '' },
        },
      ],
    },
    // knows variables of the stage and of its parent, not of an unrelated stage
    {
      code: 'FROM fedora:40 AS base\nENV V=1.34\nFROM fedora:40\nRUN dnf install -y tar-${V} && dnf clean all\n',
      onbuild: true,
      errors: [
        {
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 28,
          messageKey: 'unpinned',
          data: { tool: 'dnf', package: 'tar-${V}', more: '' },
        },
      ],
    },
  ],
});
