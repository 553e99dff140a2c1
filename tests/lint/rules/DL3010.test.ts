import rule from '../../../src/lint/rules/DL3010';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // needs an extraction of that same archive in the same stage
    'COPY a.tar /tmp/\nRUN tar -tf /tmp/a.tar\n',
    'COPY a.tar /tmp/\nRUN tar -xf /tmp/other.tar\n',
    'FROM debian:12-slim\nCOPY a.tar /tmp/\nFROM debian:12-slim\nRUN tar -xf /tmp/a.tar\n',
    // ignores COPY --from and exec-form sources are read
    'COPY --from=build /out/a.tar /tmp/\nRUN tar -xf /tmp/a.tar\n',
  ],
  invalid: [
    // points at the archive in the COPY
    {
      code: 'COPY vendor/app.tgz /tmp/\nRUN tar xzf /tmp/app.tgz -C /opt\n',
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 20, messageKey: 'useAdd', data: { archive: 'app.tgz' } },
      ],
    },
    // matches a renamed destination archive and --file=
    {
      code: 'COPY build.tar.gz /tmp/b.tar.gz\nRUN tar --extract --file=/tmp/b.tar.gz\n',
      errors: [
        {
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 32,
          messageKey: 'useAdd',
          data: { archive: 'b.tar.gz' },
        },
      ],
    },
    // ignores COPY --from and exec-form sources are read
    {
      code: 'COPY ["a.tar.xz", "/tmp/"]\nRUN unxz /tmp/a.tar.xz\n',
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 18,
          messageKey: 'useAdd',
          data: { archive: 'a.tar.xz' },
        },
      ],
    },
  ],
});
