import rule from '../../../src/lint/rules/RedundantTargetPlatform';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts other values
    'FROM --platform=$BUILDPLATFORM alpine:3.20 AS x\n',
    'FROM --platform=${TARGETPLATFORM}-x alpine:3.20 AS x\n',
    'FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20 AS x\n',
    'FROM --platform=linux/arm64 alpine:3.20 AS x\n',
    'FROM --platform=${TARGETPLATFORM:+linux/arm64} alpine:3.20 AS x\n',
  ],
  invalid: [
    // flags the forms that expand to TARGETPLATFORM, on the flag
    {
      code: 'FROM --platform=$TARGETPLATFORM alpine:3.20\n',
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 32,
          messageKey: 'redundant',
          data: { value: '$TARGETPLATFORM' },
          aliases: ['DL3065'],
        },
      ],
    },
    {
      code: 'FROM --platform=${TARGETPLATFORM} alpine:3.20\n',
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 34,
          messageKey: 'redundant',
          data: { value: '${TARGETPLATFORM}' },
          aliases: ['DL3065'],
        },
      ],
    },
    {
      code: 'FROM --platform="$TARGETPLATFORM" alpine:3.20\n',
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 34,
          messageKey: 'redundant',
          data: { value: '"$TARGETPLATFORM"' },
          aliases: ['DL3065'],
        },
      ],
    },
    {
      code: 'FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20\n',
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 47,
          messageKey: 'redundant',
          data: { value: '${TARGETPLATFORM:-linux/amd64}' },
          aliases: ['DL3065'],
        },
      ],
    },
    // reports on the FROM line when the flag sits on a continuation line
    {
      code: 'FROM \\\n  --platform=$TARGETPLATFORM alpine:3.20\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 2,
          endColumn: 29,
          messageKey: 'redundant',
          data: { value: '$TARGETPLATFORM' },
          aliases: ['DL3065'],
        },
      ],
    },
  ],
});
