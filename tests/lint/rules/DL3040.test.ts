import rule from '../../../src/lint/rules/DL3040';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts rm of any dnf cache dir and cache mounts
    { code: 'RUN dnf install -y tar-1.34 && rm -rf /var/cache/dnf/*\n', onbuild: true },
    { code: 'RUN dnf install -y tar-1.34 && rm -rf /var/cache/libdnf5\n', onbuild: true },
    { code: 'RUN --mount=type=cache,target=/var/cache/dnf dnf install -y tar-1.34\n', onbuild: true },
    // covers upgrades and module/group installs, not queries
    { code: 'RUN dnf -y module enable nodejs:20 && dnf repolist\n', onbuild: true },
  ],
  invalid: [
    // points at the command that is not cleaned afterwards
    {
      code: 'RUN dnf clean all && dnf install -y tar-1.34\n',
      onbuild: true,
      errors: [
        { line: 1, column: 22, endLine: 1, endColumn: 33, messageKey: 'noClean', data: { tool: 'dnf' } },
      ],
    },
    // needs the same tool to clean
    {
      code: 'RUN dnf install -y tar-1.34 && microdnf clean all\n',
      onbuild: true,
      errors: [
        { line: 1, column: 5, endLine: 1, endColumn: 16, messageKey: 'noClean', data: { tool: 'dnf' } },
      ],
    },
    // covers upgrades and module/group installs, not queries
    {
      code: 'RUN dnf -y update\n',
      onbuild: true,
      errors: [
        { line: 1, column: 5, endLine: 1, endColumn: 18, messageKey: 'noClean', data: { tool: 'dnf' } },
      ],
    },
    {
      code: 'RUN dnf -y module install nodejs:20\n',
      onbuild: true,
      errors: [
        { line: 1, column: 5, endLine: 1, endColumn: 26, messageKey: 'noClean', data: { tool: 'dnf' } },
      ],
    },
  ],
});
