import rule from '../../../src/lint/rules/DL3048';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts underscores and slashes
    'LABEL com.example/my_key=1\n',
    // accepts the labels Docker asks extensions to set, still reports the rest of com.docker.
    'FROM alpine:3.20\nLABEL com.docker.desktop.extension.api.version=">= 0.3.0" com.docker.extension.screenshots="[]"\n',
  ],
  invalid: [
    // points at the first bad key and lists the others
    {
      code: 'LABEL ok=1 Bad=2 worse-=3\n',
      errors: [
        {
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 15,
          messageKey: 'format',
          data: { key: 'Bad', more: ' (+ `worse-`)' },
        },
      ],
    },
    // flags the reserved namespaces
    {
      code: 'LABEL io.docker.x=1\n',
      errors: [
        {
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 18,
          messageKey: 'reserved',
          data: { key: 'io.docker.x', more: '' },
        },
      ],
    },
    // accepts the labels Docker asks extensions to set, still reports the rest of com.docker.
    {
      code: 'FROM alpine:3.20\nLABEL com.docker.compose.project=web\n',
      errors: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 33,
          messageKey: 'reserved',
          data: { key: 'com.docker.compose.project', more: '' },
        },
      ],
    },
  ],
});
