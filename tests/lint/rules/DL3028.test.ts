import rule from '../../../src/lint/rules/DL3028';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // skips option values and what follows --
    { code: 'RUN gem install --source https://rubygems.org rails:7.1.3 -- --with-x foo\n', onbuild: true },
    // accepts -v / --version and ignores other subcommands
    { code: 'RUN gem install rails --version=7.1.3\n', onbuild: true },
    { code: 'RUN gem update --system && gem list\n', onbuild: true },
  ],
  invalid: [
    // points at the first unpinned gem
    {
      code: 'RUN gem install rake:13.2.1 rack\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 33,
          messageKey: 'unpinned',
          data: { gem: 'rack', more: '' },
        },
      ],
    },
    // skips option values and what follows --
    {
      code: 'RUN gem install -N --user-install rails\n',
      onbuild: true,
      errors: [
        {
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 40,
          messageKey: 'unpinned',
          data: { gem: 'rails', more: '' },
        },
      ],
    },
  ],
});
