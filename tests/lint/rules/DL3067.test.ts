import rule from '../../../src/lint/rules/DL3067';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // leaves other copies alone
    'COPY --from=build / /rootfs/\n',
    'ADD --chown=10001 / /\n',
    'COPY / /\n',
  ],
  invalid: [
    // flags the root of another stage or image copied to /, in shell and exec form
    {
      code: 'COPY --from=build / /\n',
      errors: [
        { line: 1, column: 19, endLine: 1, endColumn: 22, messageKey: 'wholeFs', data: { source: 'build' } },
      ],
    },
    {
      code: 'COPY --from=busybox:1.36 --chown=10001 ["/", "/"]\n',
      errors: [
        {
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 50,
          messageKey: 'wholeFs',
          data: { source: 'busybox:1.36' },
        },
      ],
    },
    {
      code: 'COPY --from=build /etc/ssl / /\n',
      errors: [
        { line: 1, column: 19, endLine: 1, endColumn: 31, messageKey: 'wholeFs', data: { source: 'build' } },
      ],
    },
  ],
});
