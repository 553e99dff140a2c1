import rule from '../../../src/lint/rules/DL3021';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // handles exec form and flags
    'COPY ["a", "b", "dst/"]\n',
    'COPY --chown=1000:1000 a b /dst/\n',
    // ignores a single source
    'COPY --from=build /out/app /usr/local/bin/app\n',
  ],
  invalid: [
    // points at the destination
    {
      code: 'COPY a b dst\n',
      errors: [
        {
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 13,
          messageKey: 'noSlash',
          data: { count: '2', dest: 'dst' },
        },
      ],
    },
    // handles exec form and flags
    {
      code: 'COPY ["a", "b", "dst"]\n',
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 23,
          messageKey: 'noSlash',
          data: { count: '2', dest: 'dst' },
        },
      ],
    },
  ],
});
