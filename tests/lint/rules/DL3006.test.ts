import rule from '../../../src/lint/rules/DL3006';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    'FROM debian:12\n',
    'FROM scratch\nCOPY app /app\n',
    'FROM node:22 AS build\nRUN echo ok\nFROM build AS test\n',
    'ARG BASE=debian:12\nFROM ${BASE}\n',
    'FROM debian@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
  ],
  invalid: [
    {
      code: 'FROM debian\nRUN echo ok\n',
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 12, messageKey: 'untagged', data: { image: 'debian' } },
      ],
    },
    {
      code: 'FROM node:22 AS build\nRUN echo ok\nFROM nginx\nCOPY --from=build /app /app\n',
      errors: [
        { line: 3, column: 6, endLine: 3, endColumn: 11, messageKey: 'untagged', data: { image: 'nginx' } },
      ],
    },
    {
      code: 'from ubuntu AS base\n',
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 12, messageKey: 'untagged', data: { image: 'ubuntu' } },
      ],
      output: null,
    },
  ],
});
