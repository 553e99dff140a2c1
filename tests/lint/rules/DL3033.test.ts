import rule from '../../../src/lint/rules/DL3033';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // needs a version after the name, not just a dash
    { code: 'RUN yum install -y rpm-sign-4.16.1.3 openssl-1:3.0.7 && yum clean all\n', onbuild: true },
    // asks modules for a stream
    { code: 'RUN yum module install -y nodejs:20 && yum clean all\n', onbuild: true },
    // accepts unpinnable selectors and skips option values
    { code: 'RUN yum install -y @base /usr/bin/make "yum-command(x)" && yum clean all\n', onbuild: true },
    { code: 'RUN yum install -y --enablerepo epel tar-1.34 && yum clean all\n', onbuild: true },
    // accepts a version from a variable only when the variable is known
    {
      code: 'FROM rockylinux:9\nRUN export V=1.34 && yum install -y tar-$V && yum clean all\n',
      onbuild: true,
    },
  ],
  invalid: [
    // points at the first unpinned package
    {
      code: 'RUN yum install -y tar-1.34 httpd && yum clean all\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 34,
          messageKey: 'unpinned',
          data: { package: 'httpd', more: '' },
        },
      ],
    },
    // needs a version after the name, not just a dash
    {
      code: 'RUN yum install -y rpm-sign && yum clean all\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 28,
          messageKey: 'unpinned',
          data: { package: 'rpm-sign', more: '' },
        },
      ],
    },
    // asks modules for a stream
    {
      code: 'RUN yum module install -y nodejs && yum clean all\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 33,
          messageKey: 'unpinnedModule',
          data: { package: 'nodejs', more: '' },
        },
      ],
    },
    // accepts a version from a variable only when the variable is known
    {
      code: 'FROM rockylinux:9\nRUN yum install -y tar-$V && yum clean all\n',
      onbuild: true,
      errors: [
        {
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 26,
          messageKey: 'unpinned',
          data: { package: 'tar-$V', more: '' },
        },
      ],
    },
  ],
});
