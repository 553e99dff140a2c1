import rule from '../../../src/lint/rules/FromPlatformFlagConstDisallowed';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts any variable, like BuildKit
    'FROM --platform=$BUILDPLATFORM alpine:3.20\n',
    'FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20\n',
    'FROM --platform=$PLATFORM alpine:3.20\n',
    'FROM --platform=linux/${ARCH} alpine:3.20\n',
    // accepts a stage named after its OS or (normalised) architecture
    'FROM --platform=linux/amd64 alpine:3.20 AS build_AMD64\n',
    'FROM --platform=linux/aarch64 alpine:3.20 AS tools-arm64\n',
    'FROM --platform=windows/amd64 alpine:3.20 AS windows-tools\n',
    // leaves unparseable values to the build (it fails there)
    'FROM --platform=banana alpine:3.20\n',
    'FROM --platform=a/b/c/d alpine:3.20\n',
  ],
  invalid: [
    // flags a constant platform on the flag, naming DL3029
    {
      code: 'FROM --platform=linux/amd64 alpine:3.20\n',
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 28,
          messageKey: 'constant',
          data: { platform: 'linux/amd64' },
          aliases: ['DL3029'],
        },
      ],
    },
    {
      code: 'FROM --platform="linux/arm64/v8" alpine:3.20 AS tools\n',
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 33,
          messageKey: 'constant',
          data: { platform: 'linux/arm64/v8' },
          aliases: ['DL3029'],
        },
      ],
    },
    {
      code: 'FROM --platform=linux alpine:3.20\n',
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 22,
          messageKey: 'constant',
          data: { platform: 'linux' },
          aliases: ['DL3029'],
        },
      ],
    },
    {
      code: 'FROM --platform=arm64 alpine:3.20\n',
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 22,
          messageKey: 'constant',
          data: { platform: 'arm64' },
          aliases: ['DL3029'],
        },
      ],
    },
  ],
});
