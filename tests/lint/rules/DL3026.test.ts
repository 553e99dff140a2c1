import rule from '../../../src/lint/rules/DL3026';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // is inactive without trustedRegistries
    { code: 'FROM quay.io/x/y:1\n', config: { trustedRegistries: [] }, fragment: false },
    // supports prefix and suffix wildcards
    { code: 'FROM registry.corp.com/y:1\n', config: { trustedRegistries: ['registry.*'] }, fragment: false },
    { code: 'FROM eu.corp.com/y:1\n', config: { trustedRegistries: ['*.corp.com'] }, fragment: false },
    // skips variables, stages, indexes and scratch
    { code: 'ARG B=debian:12\nFROM ${B}\n', config: { trustedRegistries: ['ghcr.io'] }, fragment: false },
    { code: 'FROM scratch\n', config: { trustedRegistries: ['ghcr.io'] }, fragment: false },
    {
      code: 'FROM ghcr.io/a/b:1 AS Build\nFROM ghcr.io/a/c:1\nCOPY --from=build /x /y\nCOPY --from=0 /x /y\n',
      config: { trustedRegistries: ['ghcr.io'] },
      fragment: false,
    },
  ],
  invalid: [
    // points at the image
    {
      code: 'FROM quay.io/x/y:1 AS a\n',
      config: { trustedRegistries: ['ghcr.io'] },
      fragment: false,
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 19,
          messageKey: 'untrusted',
          data: { image: 'quay.io/x/y:1', registry: 'quay.io' },
        },
      ],
    },
    // supports prefix and suffix wildcards
    {
      code: 'FROM corp.com.evil.io/y:1\n',
      config: { trustedRegistries: ['*.corp.com'] },
      fragment: false,
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 26,
          messageKey: 'untrusted',
          data: { image: 'corp.com.evil.io/y:1', registry: 'corp.com.evil.io' },
        },
      ],
    },
    // reports one finding per RUN with several untrusted mounts
    {
      code: 'FROM ghcr.io/a/b:1\nRUN --mount=type=bind,from=x.io/a:1,target=/a --mount=from=y.io/b:1,target=/b ls\n',
      config: { trustedRegistries: ['ghcr.io'] },
      fragment: false,
      errors: [
        {
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 36,
          messageKey: 'untrusted',
          data: { image: 'x.io/a:1', registry: 'x.io' },
        },
      ],
    },
  ],
});
