import rule from '../../../src/lint/rules/DL3037';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts escaped and quoted ranges, but an unescaped `>` is a redirect
    { code: 'RUN zypper -n in tar\\>=1.34 "gzip<2" && zypper clean\n', onbuild: true },
    // skips option values and non-package types
    { code: 'RUN zypper -n in --repo oss --from oss tar=1.34 && zypper clean\n', onbuild: true },
    { code: 'RUN zypper -n in -t pattern devel_basis && zypper clean\n', onbuild: true },
  ],
  invalid: [
    // points at the first unpinned package
    {
      code: 'RUN zypper -n in tar=1.34 gzip && zypper clean\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 31,
          messageKey: 'unpinned',
          data: { package: 'gzip', more: '' },
        },
      ],
    },
    // accepts escaped and quoted ranges, but an unescaped `>` is a redirect
    {
      code: 'RUN zypper -n in tar>=1.34 && zypper clean\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 21,
          messageKey: 'unpinned',
          data: { package: 'tar', more: '' },
        },
      ],
    },
    // skips option values and non-package types
    {
      code: 'RUN zypper -n in -t package tar && zypper clean\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 32,
          messageKey: 'unpinned',
          data: { package: 'tar', more: '' },
        },
      ],
    },
  ],
});
