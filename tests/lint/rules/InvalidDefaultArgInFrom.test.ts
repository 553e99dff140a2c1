import rule from '../../../src/lint/rules/InvalidDefaultArgInFrom';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts defaults, :- fallbacks and optional suffixes
    'ARG A=3.20\nARG B\nARG C=""\nFROM alpine:${A}\nFROM alpine:${B:-3.20}\nFROM alpine:3.20${C}${B}\n',
    // expands defaults that use earlier ARGs
    'ARG V=3.20\nARG IMG=alpine:${V}\nFROM ${IMG}\n',
    // reports an uppercase repository and accepts a registry with a port
    'ARG R=localhost:5000\nFROM ${R}/app:1\n',
    // uses linux/amd64 values for the platform ARGs and skips FROM without variables
    'FROM alpine:3.20-${TARGETARCH}\nFROM Alpine\n',
  ],
  invalid: [
    // reports a tag left empty by an ARG without default
    {
      code: 'ARG TAG\nFROM alpine:${TAG}\n',
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 19,
          messageKey: 'invalid',
          data: { image: 'alpine:${TAG}', result: 'alpine:' },
        },
      ],
    },
    // reports an empty image
    {
      code: 'ARG IMAGE\nFROM $IMAGE\n',
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 12,
          messageKey: 'invalid',
          data: { image: '$IMAGE', result: '""' },
        },
      ],
    },
    // ignores build args: the defaults must work on their own
    {
      code: 'ARG TAG\nFROM alpine:${TAG}\n',
      buildArgs: { TAG: '3.20' },
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 19,
          messageKey: 'invalid',
          data: { image: 'alpine:${TAG}', result: 'alpine:' },
        },
      ],
    },
    // expands defaults that use earlier ARGs
    {
      code: 'ARG V\nARG IMG=alpine:${V}\nFROM ${IMG}\n',
      errors: [
        {
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 12,
          messageKey: 'invalid',
          data: { image: '${IMG}', result: 'alpine:' },
        },
      ],
    },
    // reports an uppercase repository and accepts a registry with a port
    {
      code: 'ARG N=Alpine\nFROM ${N}\n',
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 10,
          messageKey: 'invalid',
          data: { image: '${N}', result: 'Alpine' },
        },
      ],
    },
  ],
});
