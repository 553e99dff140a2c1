import rule from '../../../src/lint/rules/DL3003';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts cd inside a subshell
    'RUN (cd /src && make install) && rm -rf /src\n',
    // does not flag cd as an argument
    'RUN echo cd /x\n',
  ],
  invalid: [
    // flags cd once per RUN, at the first cd
    {
      code: 'RUN cd /src && make && cd /tmp\n',
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 12,
          messageKey: 'cd',
          data: { dir: '/src', more: ' (+ cd /tmp)' },
        },
      ],
    },
  ],
});
