import rule from '../../../src/lint/rules/DL3016';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // checks the i and add shorthands, not other subcommands
    { code: 'RUN npm ci && npm run build\n', onbuild: true },
    { code: 'RUN npm install\n', onbuild: true },
    // handles scopes, git refs and hosted shorthands
    { code: 'RUN npm install @org/pkg@^1.2.0\n', onbuild: true },
    { code: 'RUN npm install github:org/repo#v1.0.0\n', onbuild: true },
    // does not take option values for packages
    { code: 'RUN npm install --omit dev --cache /tmp/c x@1\n', onbuild: true },
  ],
  invalid: [
    // points at the first unpinned package
    {
      code: 'RUN npm install -g typescript@5 eslint prettier\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 39,
          messageKey: 'unpinned',
          data: { package: 'eslint', more: ' (+ prettier)' },
        },
      ],
    },
    // checks the i and add shorthands, not other subcommands
    {
      code: 'RUN npm i lodash\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 17,
          messageKey: 'unpinned',
          data: { package: 'lodash', more: '' },
        },
      ],
    },
    // handles scopes, git refs and hosted shorthands
    {
      code: 'RUN npm install @org/pkg\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 25,
          messageKey: 'unpinned',
          data: { package: '@org/pkg', more: '' },
        },
      ],
    },
    {
      code: 'RUN npm install github:org/repo\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 32,
          messageKey: 'unpinned',
          data: { package: 'github:org/repo', more: '' },
        },
      ],
    },
    // does not take option values for packages
    {
      code: 'RUN npm install --save-exact x\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 31,
          messageKey: 'unpinned',
          data: { package: 'x', more: '' },
        },
      ],
    },
  ],
});
