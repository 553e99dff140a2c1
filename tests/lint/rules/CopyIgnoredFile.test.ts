import { describe, expect, it } from 'vitest';
import { findings, lines } from './_helpers';

const ig = (dockerignore: string) => ({ dockerignore });

describe('CopyIgnoredFile', () => {
  it('does nothing without a .dockerignore', () => {
    expect(lines('FROM alpine:3.20\nCOPY secret.txt /\n', 'CopyIgnoredFile')).toEqual([]);
  });
  it('reports each ignored source, on it, for COPY and ADD', () => {
    const ds = findings(
      'FROM alpine:3.20\nCOPY a.txt b.log /d/\nADD c.log /d/\n',
      'CopyIgnoredFile',
      ig('*.log\n'),
    );
    expect(ds.map((d) => [d.line, d.column])).toEqual([
      [2, 12],
      [3, 5],
    ]);
    expect(ds[1].message).toContain('`ADD`');
  });
  it('never checks the destination', () => {
    expect(lines('FROM alpine:3.20\nCOPY app /secret\n', 'CopyIgnoredFile', ig('secret\n'))).toEqual([]);
  });
  it('cleans sources: ./x, x/, /x', () => {
    const text = 'FROM alpine:3.20\nCOPY ./dist/ /a\nCOPY /dist/app.js /b\n';
    expect(lines(text, 'CopyIgnoredFile', ig('dist\n'))).toEqual([2, 3]);
  });
  it('skips --from, heredocs, URLs and ../', () => {
    const text =
      'FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b x /x\nCOPY <<x /f\nhi\nx\nADD https://example.com/x /x\nCOPY ../x /x\n';
    expect(lines(text, 'CopyIgnoredFile', ig('x\n'))).toEqual([]);
  });
  it('expands variables of known value, skips unknown ones', () => {
    const text = 'FROM alpine:3.20\nARG DIR=cache\nCOPY $DIR /c\nCOPY $OTHER /o\n';
    expect(lines(text, 'CopyIgnoredFile', ig('cache\n'))).toEqual([3]);
  });
  it('checks exec form', () => {
    expect(lines('FROM alpine:3.20\nCOPY ["cache", "/c"]\n', 'CopyIgnoredFile', ig('cache\n'))).toEqual([2]);
  });
  it('COPY . is reported only when everything is ignored', () => {
    expect(lines('FROM alpine:3.20\nCOPY . /app\n', 'CopyIgnoredFile', ig('*\n'))).toEqual([2]);
    expect(lines('FROM alpine:3.20\nCOPY . /app\n', 'CopyIgnoredFile', ig('.*\nnode_modules\n'))).toEqual([]);
    expect(lines('FROM alpine:3.20\nCOPY . /app\n', 'CopyIgnoredFile', ig('*\n!src\n'))).toEqual([]);
  });
  it('honours exceptions that bring back something below the source', () => {
    const ignore = 'assets\n!assets/logo.png\n';
    expect(lines('FROM alpine:3.20\nCOPY assets /a\n', 'CopyIgnoredFile', ig(ignore))).toEqual([]);
    expect(lines('FROM alpine:3.20\nCOPY assets/x.png /a\n', 'CopyIgnoredFile', ig(ignore))).toEqual([2]);
  });
  it('is skipped by check=skip', () => {
    expect(
      lines('# check=skip=CopyIgnoredFile\nFROM alpine:3.20\nCOPY a.log /\n', 'CopyIgnoredFile', ig('*.log')),
    ).toEqual([]);
  });
});
