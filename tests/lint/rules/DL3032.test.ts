import rule from '../../../src/lint/rules/DL3032';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts rm of the cache and cache mounts
    { code: 'RUN yum install -y tar-1.34 && rm -rf /var/cache/yum\n', onbuild: true },
    { code: 'RUN --mount=type=tmpfs,target=/var/cache/yum yum install -y tar-1.34\n', onbuild: true },
    // also covers yum update
    { code: 'RUN yum update -y && yum clean all\n', onbuild: true },
  ],
  invalid: [
    // points at the install without a later clean
    {
      code: 'RUN yum clean all && yum install -y tar-1.34\n',
      onbuild: true,
      errors: [{ line: 1, column: 22, endLine: 1, endColumn: 33, messageKey: 'noClean' }],
    },
    // also covers yum update
    {
      code: 'RUN yum update -y\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 15, messageKey: 'noClean' }],
    },
    // needs `clean all`, not another clean
    {
      code: 'RUN yum install -y tar-1.34 && yum clean metadata\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 16, messageKey: 'noClean' }],
    },
  ],
});
