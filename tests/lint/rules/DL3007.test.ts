import rule from '../../../src/lint/rules/DL3007';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts latest with a digest, other tags and stage names
    'FROM debian:latest@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n',
    'FROM debian:latest-slim\n',
    'FROM debian:12 AS latest\nFROM latest\n',
  ],
  invalid: [
    // points at the latest tag
    {
      code: 'FROM ghcr.io/org/app:latest AS app\n',
      errors: [
        {
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 28,
          messageKey: 'latest',
          data: { image: 'ghcr.io/org/app' },
        },
      ],
    },
  ],
});
