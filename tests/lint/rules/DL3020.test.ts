import rule from '../../../src/lint/rules/DL3020';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // accepts URLs, git sources, archives, heredocs and bare variables
    'ADD https://x.io/f /dst/\n',
    'ADD git@github.com:acme/app.git /dst/\n',
    'ADD git://host/repo /dst/\n',
    'ADD f.tar.zst /dst/\n',
    'ADD f.tar.xz /dst/\n',
    'ADD ${SRC} /dst/\n',
    'ADD <<EOF /etc/motd\nhello\nEOF\n',
  ],
  invalid: [
    // points at the first plain source, once per instruction
    {
      code: 'ADD a.tgz b.txt c.txt /dst/\n',
      errors: [
        { line: 1, column: 11, endLine: 1, endColumn: 16, messageKey: 'useCopy', data: { source: 'b.txt' } },
      ],
    },
    // flags zip files and exec form
    {
      code: 'ADD ["site.zip", "/srv/"]\n',
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 26,
          messageKey: 'useCopy',
          data: { source: 'site.zip' },
        },
      ],
    },
    {
      code: 'ADD --chown=1000 f.zip /srv/\n',
      errors: [
        { line: 1, column: 18, endLine: 1, endColumn: 23, messageKey: 'useCopy', data: { source: 'f.zip' } },
      ],
    },
  ],
});
