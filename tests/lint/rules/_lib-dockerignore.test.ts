import { describe, expect, it } from 'vitest';
import {
  cleanPath,
  excludedBy,
  isSourceIgnored,
  parseDockerignore,
} from '../../../src/lint/rules/_lib/dockerignore';

const excluded = (ignore: string, path: string) => excludedBy(parseDockerignore(ignore), path) >= 0;
const ignored = (ignore: string, src: string) => isSourceIgnored(parseDockerignore(ignore), src);

describe('cleanPath (Go path.Clean)', () => {
  it.each([
    ['', '.'],
    ['./a/', 'a'],
    ['a//b/./c', 'a/b/c'],
    ['a/../b', 'b'],
    ['../x', '../x'],
    ['/a/../..', '/'],
    ['/', '/'],
  ])('%s → %s', (input, out) => expect(cleanPath(input)).toBe(out));
});

describe('parseDockerignore', () => {
  it('skips comments and blank lines, trims, cleans, drops a leading slash', () => {
    const p = parseDockerignore('# comment\n\n  /build/  \n!./keep.txt\n  # not a comment\n');
    expect(p.map((x) => [x.pattern, x.exception])).toEqual([
      ['build', false],
      ['keep.txt', true],
      ['# not a comment', false],
    ]);
  });
  it('handles CRLF and a BOM', () => {
    expect(parseDockerignore('\uFEFFa\r\nb\r\n').map((x) => x.pattern)).toEqual(['a', 'b']);
  });
});

describe('matching (filepath.Match + ** + parents)', () => {
  it('`*` does not cross directories; it only matches at the root', () => {
    expect(excluded('*.log', 'debug.log')).toBe(true);
    expect(excluded('*.log', 'logs/debug.log')).toBe(false);
    expect(excluded('*/*.log', 'logs/debug.log')).toBe(true);
  });
  it('`**` matches any number of directories, zero included', () => {
    expect(excluded('**/*.log', 'debug.log')).toBe(true);
    expect(excluded('**/*.log', 'a/b/c/debug.log')).toBe(true);
    expect(excluded('a/**/z', 'a/z')).toBe(true);
    expect(excluded('a/**/z', 'a/b/c/z')).toBe(true);
    expect(excluded('dist/**', 'dist/app.js')).toBe(true);
  });
  it('`?` and classes match one character, `\\` escapes', () => {
    expect(excluded('file?.txt', 'file1.txt')).toBe(true);
    expect(excluded('file?.txt', 'file10.txt')).toBe(false);
    expect(excluded('v[0-9].md', 'v3.md')).toBe(true);
    expect(excluded('v[0-9].md', 'vx.md')).toBe(false);
    expect(excluded('a\\*b', 'a*b')).toBe(true);
    expect(excluded('a\\*b', 'axb')).toBe(false);
  });
  it('regex characters are literal', () => {
    expect(excluded('a.b', 'axb')).toBe(false);
    expect(excluded('(x)+', '(x)+')).toBe(true);
  });
  it('a pattern excludes what is below a matching directory', () => {
    expect(excluded('node_modules', 'node_modules/lodash/index.js')).toBe(true);
    expect(excluded('node_modules', 'src/node_modules')).toBe(false);
  });
  it('the last matching pattern wins', () => {
    expect(excluded('*.md\n!README.md', 'README.md')).toBe(false);
    expect(excluded('!README.md\n*.md', 'README.md')).toBe(true);
    expect(excluded('docs\n!docs/keep.md\ndocs/keep.md', 'docs/keep.md')).toBe(true);
  });
  it('a malformed pattern matches nothing', () => {
    expect(excluded('[', '[')).toBe(false);
  });
});

describe('isSourceIgnored (COPY sources)', () => {
  it('plain exclusion', () => {
    expect(ignored('secrets.env', 'secrets.env')).toBe(true);
    expect(ignored('secrets.env', 'app.env')).toBe(false);
  });
  it('an exception re-including something below keeps the source useful', () => {
    expect(ignored('vendor\n!vendor/keep.txt', 'vendor')).toBe(false);
    expect(ignored('vendor\n!vendor/keep.txt', 'vendor/keep.txt')).toBe(false);
    expect(ignored('vendor\n!vendor/keep.txt', 'vendor/*.txt')).toBe(false);
    expect(ignored('my.dir\n!my\\.dir/keep.txt', 'my.dir')).toBe(false);
  });
  it('an unrelated exception does not', () => {
    expect(ignored('vendor\n!vendor/b.txt', 'vendor/a.txt')).toBe(true);
    expect(ignored('vendor\n!other.txt', 'vendor/a.txt')).toBe(true);
    expect(ignored('!vendor/a.txt\nvendor', 'vendor/a.txt')).toBe(true);
  });
  it('the context root is ignored only by a catch-all pattern', () => {
    expect(ignored('*', '.')).toBe(true);
    expect(ignored('**', '.')).toBe(true);
    expect(ignored('**/*', '.')).toBe(true);
    expect(ignored('.*', '.')).toBe(false);
    expect(ignored('*.log', '.')).toBe(false);
    expect(ignored('*\n!src', '.')).toBe(false);
    expect(ignored('!src\n*', '.')).toBe(true);
  });
  it('no patterns, nothing ignored', () => {
    expect(ignored('', 'anything')).toBe(false);
    expect(ignored('# only a comment\n', '.')).toBe(false);
  });
});
