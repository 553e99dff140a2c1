import rule from '../../../src/lint/rules/DL3047';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts quiet clusters and the log-file options
    { code: 'RUN wget -qO- https://x.io/f\n', onbuild: true },
    { code: 'RUN wget -nv https://x.io/f\n', onbuild: true },
    { code: 'RUN wget --output-file /tmp/log https://x.io/f\n', onbuild: true },
    // ignores the word wget in arguments
    { code: 'RUN echo wget\n', onbuild: true },
  ],
  invalid: [
    // points at the wget command
    {
      code: 'RUN cd /tmp && wget https://x.io/f\n',
      onbuild: true,
      errors: [{ line: 1, column: 16, endLine: 1, endColumn: 20, messageKey: 'progress' }],
    },
  ],
});
