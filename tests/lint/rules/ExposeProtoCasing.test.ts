import rule from '../../../src/lint/rules/ExposeProtoCasing';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // ignores ports without a protocol and unknown protocols (a build error)
    'FROM alpine:3.20\nEXPOSE 80 90/XYZ\n',
  ],
  invalid: [
    // reports each port with an uppercase protocol, on the port
    {
      code: 'FROM alpine:3.20\nEXPOSE 80/TCP 53/udp 53/Udp\n',
      errors: [
        {
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 14,
          messageKey: 'upper',
          data: { port: '80/TCP', fixed: '80/tcp' },
        },
        {
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 28,
          messageKey: 'upper',
          data: { port: '53/Udp', fixed: '53/udp' },
        },
      ],
      output: 'FROM alpine:3.20\nEXPOSE 80/tcp 53/udp 53/udp\n',
    },
    // expands variables of known value and skips unknown ones
    {
      code: 'FROM alpine:3.20\nARG P=80/TCP\nEXPOSE $P $UNKNOWN\n',
      errors: [
        {
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 10,
          messageKey: 'upper',
          data: { port: '80/TCP', fixed: '80/tcp' },
        },
      ],
      output: null,
    },
    // checks ranges
    {
      code: 'FROM alpine:3.20\nEXPOSE 8000-8010/SCTP\n',
      errors: [
        {
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 22,
          messageKey: 'upper',
          data: { port: '8000-8010/SCTP', fixed: '8000-8010/sctp' },
        },
      ],
      output: 'FROM alpine:3.20\nEXPOSE 8000-8010/sctp\n',
    },
  ],
});
