import rule from '../../../src/lint/rules/DL4001';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // matches absolute paths but not the words in arguments
    { code: 'RUN wget x && apk add curl\n', onbuild: true },
    // starts over at every FROM and tracks ONBUILD triggers apart
    { code: 'FROM alpine:3.20 AS a\nRUN wget x\nFROM a\nRUN curl y\n', onbuild: true },
    'FROM alpine:3.20\nRUN wget x\nONBUILD RUN curl y\n',
  ],
  invalid: [
    // reports the RUN that completes the pair, at the tool, and later RUNs using either
    {
      code: 'FROM alpine:3.20\nRUN wget -q x\nCOPY a /a\nRUN cd / && curl -O y\nRUN wget z\n',
      onbuild: true,
      errors: [
        { line: 4, column: 13, endLine: 4, endColumn: 17, messageKey: 'both' },
        { line: 5, column: 5, endLine: 5, endColumn: 9, messageKey: 'both' },
      ],
    },
    // matches absolute paths but not the words in arguments
    {
      code: 'RUN /usr/bin/wget x && /usr/bin/curl y\n',
      onbuild: true,
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 18, messageKey: 'both' }],
    },
  ],
});
