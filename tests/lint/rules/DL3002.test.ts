import rule from '../../../src/lint/rules/DL3002';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts switching back to another user
    'FROM debian:12-slim\nUSER root\nRUN mkdir /d\nUSER 10001\n',
    // does not take rootless or other names for root
    'FROM debian:12-slim\nUSER rootless\nUSER 1000:0\n',
    // is off for fragments
    'USER root\n',
  ],
  invalid: [
    // flags the last USER of each stage when it is root
    {
      code: 'FROM debian:12-slim AS a\nUSER root\nFROM debian:12-slim\nUSER "0:0"\n',
      errors: [
        { line: 2, column: 6, endLine: 2, endColumn: 10, messageKey: 'lastRoot', data: { user: 'root' } },
        { line: 4, column: 6, endLine: 4, endColumn: 11, messageKey: 'lastRoot', data: { user: '0:0' } },
      ],
    },
  ],
});
