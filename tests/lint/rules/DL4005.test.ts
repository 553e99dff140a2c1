import rule from '../../../src/lint/rules/DL4005';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // ignores /bin/sh in other commands and other links
    { code: 'RUN echo /bin/sh\n', onbuild: true },
    { code: 'RUN ln -s /usr/bin/true /sbin/initctl\n', onbuild: true },
  ],
  invalid: [
    // points at /bin/sh in the ln command, once per RUN
    {
      code: 'RUN ln -sf /bin/bash /bin/sh && ln -sf /bin/bash /bin/sh\n',
      onbuild: true,
      errors: [{ line: 1, column: 22, endLine: 1, endColumn: 29, messageKey: 'relink' }],
    },
    // ignores /bin/sh in other commands and other links
    {
      code: 'RUN readlink -f /bin/sh && ln -s /bin/sh /usr/local/bin/sh2x\n',
      onbuild: true,
      errors: [{ line: 1, column: 34, endLine: 1, endColumn: 41, messageKey: 'relink' }],
    },
    // checks ONBUILD triggers
    {
      code: 'ONBUILD RUN ln -sf /bin/bash /bin/sh\n',
      errors: [{ line: 1, column: 30, endLine: 1, endColumn: 37, messageKey: 'relink' }],
    },
  ],
});
