import rule from '../../../src/lint/rules/DL3011';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts the boundaries and variables
    'EXPOSE 0 65535 1-65535/tcp ${PORT} 8000-${END}\n',
  ],
  invalid: [
    // reports once per EXPOSE, at the first bad port, listing the others
    {
      code: 'EXPOSE 80 70000/udp 65536\n',
      errors: [
        {
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 20,
          messageKey: 'invalidPort',
          data: { port: '70000/udp', more: ' (+ 65536)' },
        },
      ],
    },
    // judges the literal end of a range
    {
      code: 'EXPOSE ${START}-70000\n',
      errors: [
        {
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 22,
          messageKey: 'invalidPort',
          data: { port: '${START}-70000', more: '' },
        },
      ],
    },
  ],
});
