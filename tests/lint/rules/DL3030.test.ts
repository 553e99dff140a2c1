import rule from '../../../src/lint/rules/DL3030';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts -y in a cluster and --assumeyes before the verb
    { code: 'RUN yum -qy install tar-1.34 && yum clean all\n', onbuild: true },
    { code: 'RUN yum --assumeyes groupinstall base && yum clean all\n', onbuild: true },
    // checks group/module installs and ignores other verbs
    { code: 'RUN yum remove tar && yum clean all\n', onbuild: true },
  ],
  invalid: [
    // points at `yum install`
    {
      code: 'RUN yum install tar-1.34 && yum clean all\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 16, messageKey: 'noYes' }],
    },
    // checks group/module installs and ignores other verbs
    {
      code: 'RUN yum group install "Development Tools"\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 22, messageKey: 'noYes' }],
    },
  ],
});
