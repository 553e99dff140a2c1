import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import rule, { gitPinnedByUrl, isGitSource } from '../../../src/lint/rules/CAM004';

const run = (text: string) => lint(text, { rules: [rule], locale: 'en' }).filter((d) => d.rule === 'CAM004');
const lines = (text: string) => run(text).map((d) => d.line);
const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('CAM004', () => {
  it('points at the URL', () => {
    const [d] = run('FROM debian:12\nADD https://example.com/a.tar.gz /opt/\n');
    expect([d.line, d.column, d.endColumn]).toEqual([2, 5, 33]);
    expect(d.message).toContain('--checksum=sha256:');
  });

  it.each([
    'ADD https://example.com/a.tar.gz /opt/',
    'ADD http://example.com/tool /usr/local/bin/tool',
    'ADD --chmod=755 https://example.com/tool /usr/local/bin/tool',
    'ADD https://example.com/${VERSION}/tool.tgz /opt/',
    'ADD ["https://example.com/a.tar.gz", "/opt/"]',
    'ADD --link HTTPS://EXAMPLE.COM/A.TGZ /opt/',
  ])('fires for HTTP: %s', (instr) => {
    const d = run(`FROM debian:12\n${instr}\n`);
    expect(d.map((x) => x.line)).toEqual([2]);
    expect(d[0].message).toContain('downloads a file');
  });

  it.each([
    'ADD https://github.com/example/project.git /src',
    'ADD https://github.com/example/project.git#main /src',
    'ADD https://github.com/example/project.git#v1.2.3:docs /src',
    'ADD git@github.com:example/project.git#v1.2.3 /src',
    'ADD ssh://git@example.com/project.git /src',
    'ADD git://example.com/project /src',
    'ADD --keep-git-dir=true https://example.com/project.git?tag=v1.2.3 /src',
  ])('fires for Git without a pinned commit: %s', (instr) => {
    const d = run(`FROM debian:12\n${instr}\n`);
    expect(d.map((x) => x.line)).toEqual([2]);
    expect(d[0].message).toContain('clones a Git repository');
  });

  it.each([
    'ADD --checksum=sha256:abcdef https://example.com/a.tar.gz /opt/',
    'ADD --checksum=${TOOL_SHA256} https://example.com/a.tar.gz /opt/',
    `ADD https://github.com/example/project.git#${SHA} /src`,
    `ADD https://github.com/example/project.git#${SHA}:docs /src`,
    'ADD --checksum=be1f38e https://github.com/example/project.git#v1.2.3 /src',
    'ADD https://example.com/project.git?tag=v1.2.3&commit=be1f38e /src',
    'ADD https://example.com/project.git?tag=v1.2.3&checksum=be1f38e /src',
    'ADD app.tar.gz /opt/',
    'ADD ./vendor/ /opt/vendor/',
    'COPY https://example.com/a.tar.gz /opt/',
    'RUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz',
  ])('does not fire: %s', (instr) => {
    expect(lines(`FROM debian:12\n${instr}\n`)).toEqual([]);
  });

  it('reports each remote source, in ONBUILD and in fragments too', () => {
    expect(
      run('FROM debian:12\nADD https://example.com/a.tgz https://example.com/b.tgz /opt/\n').map(
        (d) => d.column,
      ),
    ).toEqual([5, 31]);
    expect(lines('FROM debian:12\nONBUILD ADD https://example.com/a.tgz /opt/\n')).toEqual([2]);
    expect(lines('ADD https://example.com/a.tgz /opt/\n')).toEqual([1]);
  });

  it('classifies sources', () => {
    expect(isGitSource('https://example.com/a.git/')).toBe(true);
    expect(isGitSource('https://example.com/a.gitignore')).toBe(false);
    expect(isGitSource('https://example.com/download?file=a.git')).toBe(false);
    expect(gitPinnedByUrl(`x.git#${SHA.toUpperCase()}`)).toBe(true);
    expect(gitPinnedByUrl('x.git#be1f38e')).toBe(false);
  });
});
