import rule from '../../../src/lint/rules/DL3043';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts ordinary triggers
    'FROM debian:12\nONBUILD RUN echo ok\n',
  ],
  invalid: [
    // points at the trigger keyword, any case
    {
      code: 'FROM debian:12\nonbuild maintainer me\n',
      errors: [
        {
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 19,
          messageKey: 'forbidden',
          data: { keyword: 'MAINTAINER' },
        },
      ],
    },
  ],
});
