import rule from '../../../src/lint/rules/DL3059';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // only comments may sit between the RUNs; any other instruction (FROM, ONBUILD) breaks the run
    'FROM alpine:3.20\nRUN a\nFROM alpine:3.20\nRUN b\n',
    'FROM alpine:3.20\nRUN a\nONBUILD RUN c\nRUN b\n',
    // skips RUNs that already hold several commands, including $(…) and heredocs
    'FROM alpine:3.20\nRUN echo $(date)\nRUN b\n',
    'FROM alpine:3.20\nRUN a\nRUN <<EOF\nb\nc\nEOF\n',
    'FROM alpine:3.20\nRUN a | b\nRUN c\n',
    // compares flags regardless of option order
    'FROM alpine:3.20\nRUN --network=none a\nRUN b\n',
  ],
  invalid: [
    // points at the keyword of the second RUN
    {
      code: 'FROM alpine:3.20\nRUN a\nRUN b\n',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 4, messageKey: 'consecutive' }],
    },
    // only comments may sit between the RUNs; any other instruction (FROM, ONBUILD) breaks the run
    {
      code: 'FROM alpine:3.20\nRUN a\n# why\n\nRUN b\n',
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 4, messageKey: 'consecutive' }],
    },
    // compares flags regardless of option order
    {
      code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/c a\nRUN --mount=target=/c,type=cache b\n',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 4, messageKey: 'consecutive' }],
    },
    // reports each further RUN of a sequence and treats exec form as one command
    {
      code: 'FROM alpine:3.20\nRUN a\nRUN ["b"]\nRUN c\n',
      errors: [
        { line: 3, column: 1, endLine: 3, endColumn: 4, messageKey: 'consecutive' },
        { line: 4, column: 1, endLine: 4, endColumn: 4, messageKey: 'consecutive' },
      ],
    },
  ],
});
