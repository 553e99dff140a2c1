import rule from '../../../src/lint/rules/ExposeInvalidFormat';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts ports, ranges and protocols
    'FROM alpine:3.20\nEXPOSE 80 443/tcp 8000-8010 53/udp\n',
  ],
  invalid: [
    // reports each host mapping or IP address
    {
      code: 'FROM alpine:3.20\nEXPOSE 8080:80 80 10.0.0.1:53:53/udp\n',
      errors: [
        {
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 15,
          messageKey: 'mapping',
          data: { port: '8080:80', port_only: '80' },
        },
        {
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 37,
          messageKey: 'mapping',
          data: { port: '10.0.0.1:53:53/udp', port_only: '53/udp' },
        },
      ],
    },
    // reports IPv6 addresses
    {
      code: 'FROM alpine:3.20\nEXPOSE [::1]:80:80\n',
      errors: [
        {
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 19,
          messageKey: 'mapping',
          data: { port: '[::1]:80:80', port_only: '80' },
        },
      ],
    },
    // reports on the instruction line when the port is on a continuation line
    {
      code: 'FROM alpine:3.20\nEXPOSE 80 \\\n    8080:80\n',
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 3,
          endColumn: 12,
          messageKey: 'mapping',
          data: { port: '8080:80', port_only: '80' },
        },
      ],
    },
  ],
});
