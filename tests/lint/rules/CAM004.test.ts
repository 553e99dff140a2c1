import { describe, expect, it } from 'vitest';
import rule, { gitPinnedByUrl, isGitSource } from '../../../src/lint/rules/CAM004';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // does not fire: ADD --checksum=sha256:abcdef https://example.com/a.tar.gz /opt/
    {
      code: 'FROM debian:12\nADD --checksum=sha256:abcdef https://example.com/a.tar.gz /opt/\n',
      onbuild: ['ADD'],
    },
    // does not fire: ADD --checksum=${TOOL_SHA256} https://example.com/a.tar.gz /opt/
    {
      code: 'FROM debian:12\nADD --checksum=${TOOL_SHA256} https://example.com/a.tar.gz /opt/\n',
      onbuild: ['ADD'],
    },
    // does not fire: ADD https://github.com/example/project.git#0123456789abcdef0123456789abcdef01234567 /src
    {
      code: 'FROM debian:12\nADD https://github.com/example/project.git#0123456789abcdef0123456789abcdef01234567 /src\n',
      onbuild: ['ADD'],
    },
    // does not fire: ADD https://github.com/example/project.git#0123456789abcdef0123456789abcdef01234567:docs /src
    {
      code: 'FROM debian:12\nADD https://github.com/example/project.git#0123456789abcdef0123456789abcdef01234567:docs /src\n',
      onbuild: ['ADD'],
    },
    // does not fire: ADD --checksum=be1f38e https://github.com/example/project.git#v1.2.3 /src
    {
      code: 'FROM debian:12\nADD --checksum=be1f38e https://github.com/example/project.git#v1.2.3 /src\n',
      onbuild: ['ADD'],
    },
    // does not fire: ADD https://example.com/project.git?tag=v1.2.3&commit=be1f38e /src
    {
      code: 'FROM debian:12\nADD https://example.com/project.git?tag=v1.2.3&commit=be1f38e /src\n',
      onbuild: ['ADD'],
    },
    // does not fire: ADD https://example.com/project.git?tag=v1.2.3&checksum=be1f38e /src
    {
      code: 'FROM debian:12\nADD https://example.com/project.git?tag=v1.2.3&checksum=be1f38e /src\n',
      onbuild: ['ADD'],
    },
    // does not fire: ADD app.tar.gz /opt/
    { code: 'FROM debian:12\nADD app.tar.gz /opt/\n', onbuild: ['ADD'] },
    // does not fire: ADD ./vendor/ /opt/vendor/
    { code: 'FROM debian:12\nADD ./vendor/ /opt/vendor/\n', onbuild: ['ADD'] },
    // does not fire: COPY https://example.com/a.tar.gz /opt/
    'FROM debian:12\nCOPY https://example.com/a.tar.gz /opt/\n',
    // does not fire: RUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz
    {
      code: 'FROM debian:12\nRUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz\n',
      onbuild: ['ADD', 'RUN'],
    },
  ],
  invalid: [
    // points at the URL
    {
      code: 'FROM debian:12\nADD https://example.com/a.tar.gz /opt/\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 33,
          messageKey: 'http',
          data: { url: 'https://example.com/a.tar.gz' },
        },
      ],
    },
    // fires for HTTP: ADD http://example.com/tool /usr/local/bin/tool
    {
      code: 'FROM debian:12\nADD http://example.com/tool /usr/local/bin/tool\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 28,
          messageKey: 'http',
          data: { url: 'http://example.com/tool' },
        },
      ],
    },
    // fires for HTTP: ADD --chmod=755 https://example.com/tool /usr/local/bin/tool
    {
      code: 'FROM debian:12\nADD --chmod=755 https://example.com/tool /usr/local/bin/tool\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 41,
          messageKey: 'http',
          data: { url: 'https://example.com/tool' },
        },
      ],
    },
    // fires for HTTP: ADD https://example.com/${VERSION}/tool.tgz /opt/
    {
      code: 'FROM debian:12\nADD https://example.com/${VERSION}/tool.tgz /opt/\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 44,
          messageKey: 'http',
          data: { url: 'https://example.com/${VERSION}/tool.tgz' },
        },
      ],
    },
    // fires for HTTP: ADD ["https://example.com/a.tar.gz", "/opt/"]
    {
      code: 'FROM debian:12\nADD ["https://example.com/a.tar.gz", "/opt/"]\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 46,
          messageKey: 'http',
          data: { url: 'https://example.com/a.tar.gz' },
        },
      ],
    },
    // fires for HTTP: ADD --link HTTPS://EXAMPLE.COM/A.TGZ /opt/
    {
      code: 'FROM debian:12\nADD --link HTTPS://EXAMPLE.COM/A.TGZ /opt/\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 37,
          messageKey: 'http',
          data: { url: 'HTTPS://EXAMPLE.COM/A.TGZ' },
        },
      ],
    },
    // fires for Git without a pinned commit: ADD https://github.com/example/project.git /src
    {
      code: 'FROM debian:12\nADD https://github.com/example/project.git /src\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 43,
          messageKey: 'git',
          data: { url: 'https://github.com/example/project.git' },
        },
      ],
    },
    // fires for Git without a pinned commit: ADD https://github.com/example/project.git#main /src
    {
      code: 'FROM debian:12\nADD https://github.com/example/project.git#main /src\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 48,
          messageKey: 'git',
          data: { url: 'https://github.com/example/project.git#main' },
        },
      ],
    },
    // fires for Git without a pinned commit: ADD https://github.com/example/project.git#v1.2.3:docs /src
    {
      code: 'FROM debian:12\nADD https://github.com/example/project.git#v1.2.3:docs /src\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 55,
          messageKey: 'git',
          data: { url: 'https://github.com/example/project.git#v1.2.3:docs' },
        },
      ],
    },
    // fires for Git without a pinned commit: ADD git@github.com:example/project.git#v1.2.3 /src
    {
      code: 'FROM debian:12\nADD git@github.com:example/project.git#v1.2.3 /src\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 46,
          messageKey: 'git',
          data: { url: 'git@github.com:example/project.git#v1.2.3' },
        },
      ],
    },
    // fires for Git without a pinned commit: ADD ssh://git@example.com/project.git /src
    {
      code: 'FROM debian:12\nADD ssh://git@example.com/project.git /src\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 38,
          messageKey: 'git',
          data: { url: 'ssh://git@example.com/project.git' },
        },
      ],
    },
    // fires for Git without a pinned commit: ADD git://example.com/project /src
    {
      code: 'FROM debian:12\nADD git://example.com/project /src\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 30,
          messageKey: 'git',
          data: { url: 'git://example.com/project' },
        },
      ],
    },
    // fires for Git without a pinned commit: ADD --keep-git-dir=true https://example.com/project.git?tag=v1.2.3 /src
    {
      code: 'FROM debian:12\nADD --keep-git-dir=true https://example.com/project.git?tag=v1.2.3 /src\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 67,
          messageKey: 'git',
          data: { url: 'https://example.com/project.git?tag=v1.2.3' },
        },
      ],
    },
    // reports each remote source, in ONBUILD and in fragments too
    {
      code: 'FROM debian:12\nADD https://example.com/a.tgz https://example.com/b.tgz /opt/\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 30,
          messageKey: 'http',
          data: { url: 'https://example.com/a.tgz' },
        },
        {
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 56,
          messageKey: 'http',
          data: { url: 'https://example.com/b.tgz' },
        },
      ],
    },
    {
      code: 'FROM debian:12\nONBUILD ADD https://example.com/a.tgz /opt/\n',
      errors: [
        {
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 38,
          messageKey: 'http',
          data: { url: 'https://example.com/a.tgz' },
        },
      ],
    },
    {
      code: 'ADD https://example.com/a.tgz /opt/\n',
      onbuild: ['ADD'],
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 30,
          messageKey: 'http',
          data: { url: 'https://example.com/a.tgz' },
        },
      ],
    },
  ],
});

describe('CAM004 source classification', () => {
  it('tells Git sources and pinned commits apart', () => {
    expect(isGitSource('https://example.com/a.git/')).toBe(true);
    expect(isGitSource('https://example.com/a.gitignore')).toBe(false);
    expect(isGitSource('https://example.com/download?file=a.git')).toBe(false);
    expect(gitPinnedByUrl('x.git#0123456789ABCDEF0123456789ABCDEF01234567')).toBe(true);
    expect(gitPinnedByUrl('x.git#be1f38e')).toBe(false);
  });
});
