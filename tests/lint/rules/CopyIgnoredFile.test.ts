import rule from '../../../src/lint/rules/CopyIgnoredFile';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // does nothing without a .dockerignore
    'FROM alpine:3.20\nCOPY secret.txt /\n',
    // never checks the destination
    { code: 'FROM alpine:3.20\nCOPY app /secret\n', dockerignore: 'secret\n' },
    // skips --from, heredocs, URLs and ../
    {
      code: 'FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b x /x\nCOPY <<x /f\nhi\nx\nADD https://example.com/x /x\nCOPY ../x /x\n',
      dockerignore: 'x\n',
    },
    // COPY . is reported only when everything is ignored
    { code: 'FROM alpine:3.20\nCOPY . /app\n', dockerignore: '.*\nnode_modules\n' },
    { code: 'FROM alpine:3.20\nCOPY . /app\n', dockerignore: '*\n!src\n' },
    // honours exceptions that bring back something below the source
    { code: 'FROM alpine:3.20\nCOPY assets /a\n', dockerignore: 'assets\n!assets/logo.png\n' },
    // is skipped by check=skip
    { code: '# check=skip=CopyIgnoredFile\nFROM alpine:3.20\nCOPY a.log /\n', dockerignore: '*.log' },
  ],
  invalid: [
    // reports each ignored source, on it, for COPY and ADD
    {
      code: 'FROM alpine:3.20\nCOPY a.txt b.log /d/\nADD c.log /d/\n',
      dockerignore: '*.log\n',
      errors: [
        { line: 2, column: 12, endLine: 2, endColumn: 17, messageKey: 'copy', data: { path: 'b.log' } },
        { line: 3, column: 5, endLine: 3, endColumn: 10, messageKey: 'add', data: { path: 'c.log' } },
      ],
    },
    // cleans sources: ./x, x/, /x
    {
      code: 'FROM alpine:3.20\nCOPY ./dist/ /a\nCOPY /dist/app.js /b\n',
      dockerignore: 'dist\n',
      errors: [
        { line: 2, column: 6, endLine: 2, endColumn: 13, messageKey: 'copy', data: { path: 'dist' } },
        { line: 3, column: 6, endLine: 3, endColumn: 18, messageKey: 'copy', data: { path: 'dist/app.js' } },
      ],
    },
    // expands variables of known value, skips unknown ones
    {
      code: 'FROM alpine:3.20\nARG DIR=cache\nCOPY $DIR /c\nCOPY $OTHER /o\n',
      dockerignore: 'cache\n',
      errors: [
        { line: 3, column: 6, endLine: 3, endColumn: 10, messageKey: 'copy', data: { path: 'cache' } },
      ],
    },
    // checks exec form
    {
      code: 'FROM alpine:3.20\nCOPY ["cache", "/c"]\n',
      dockerignore: 'cache\n',
      errors: [
        { line: 2, column: 6, endLine: 2, endColumn: 21, messageKey: 'copy', data: { path: 'cache' } },
      ],
    },
    // COPY . is reported only when everything is ignored
    {
      code: 'FROM alpine:3.20\nCOPY . /app\n',
      dockerignore: '*\n',
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 7, messageKey: 'copy', data: { path: '.' } }],
    },
    // honours exceptions that bring back something below the source
    {
      code: 'FROM alpine:3.20\nCOPY assets/x.png /a\n',
      dockerignore: 'assets\n!assets/logo.png\n',
      errors: [
        { line: 2, column: 6, endLine: 2, endColumn: 18, messageKey: 'copy', data: { path: 'assets/x.png' } },
      ],
    },
  ],
});
