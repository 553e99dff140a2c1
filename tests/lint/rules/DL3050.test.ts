import rule from '../../../src/lint/rules/DL3050';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // needs strict-labels
    { code: 'LABEL other=1\n', config: { 'label-schema': { version: 'semver' }, 'strict-labels': false } },
  ],
  invalid: [
    // points at the first extra key, once per instruction
    {
      code: 'LABEL version=1.0.0 a=1 b=2\n',
      config: { 'label-schema': { version: 'semver' }, 'strict-labels': true },
      errors: [
        {
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 22,
          messageKey: 'superfluous',
          data: { label: 'a', more: ' (+ `b`)' },
        },
      ],
    },
  ],
});
