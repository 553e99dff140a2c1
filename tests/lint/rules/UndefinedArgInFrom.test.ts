import rule from '../../../src/lint/rules/UndefinedArgInFrom';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts declared global ARGs, with or without a default
    'ARG A\nARG B=x\nFROM alpine${A}:3.20${B}\n',
    // accepts the automatic platform ARGs, in the image and in --platform
    'FROM --platform=$BUILDPLATFORM alpine:3.20-$TARGETARCH\n',
    // is off for fragments
    'RUN echo $X\n',
  ],
  invalid: [
    // reports an undeclared name, on the variable, with a suggestion
    {
      code: 'ARG VERSION=3.20\nFROM alpine:${VERSOIN}\n',
      errors: [
        {
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 23,
          messageKey: 'suggest',
          data: { name: 'VERSOIN', suggestion: 'VERSION' },
        },
      ],
    },
    // checks --platform
    {
      code: 'FROM --platform=$BUILD_PLATFORM alpine:3.20\n',
      errors: [
        {
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 32,
          messageKey: 'suggest',
          data: { name: 'BUILD_PLATFORM', suggestion: 'BUILDPLATFORM' },
        },
      ],
    },
    // an ARG declared inside a stage is not visible to a later FROM
    {
      code: 'FROM alpine:3.20\nARG TAG=1\nFROM alpine:${TAG}\n',
      errors: [
        { line: 3, column: 13, endLine: 3, endColumn: 19, messageKey: 'undeclared', data: { name: 'TAG' } },
      ],
    },
    // reports each name once per FROM, even inside a default
    {
      code: 'FROM ${X:-alpine}:${X}${Y}\n',
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 18, messageKey: 'undeclared', data: { name: 'X' } },
        { line: 1, column: 23, endLine: 1, endColumn: 27, messageKey: 'undeclared', data: { name: 'Y' } },
      ],
    },
  ],
});
