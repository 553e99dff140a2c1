import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { unifiedDiff } from '../../src/cli/unified-diff';

const en = { LANG: 'en_US.UTF-8' };
const pt = { LANG: 'pt_BR.UTF-8' };
const BAD =
  'FROM debian:12\nMAINTAINER Jane <j@x.org>\n' +
  'RUN apt-get update && apt-get install curl=7.88.1-10+deb12u15 && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD node server.js\n';

function withFile<T>(text: string, body: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'camadas-fix-'));
  const file = join(dir, 'Dockerfile');
  writeFileSync(file, text);
  try {
    return body(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('camadas lint --fix', () => {
  it('writes the fixed Dockerfile, says how many fixes, and reports only what remains', () => {
    withFile(BAD, (file) => {
      const out = run(['lint', '--fix', '--format', 'json', file], en);
      expect(out.stderr).toBe(`camadas: ${file}: 4 fix(es) applied\n`);
      expect(readFileSync(file, 'utf8')).toBe(
        'FROM debian:12\nLABEL org.opencontainers.image.authors="Jane <j@x.org>"\n' +
          'RUN apt-get update && apt-get install --no-install-recommends -y curl=7.88.1-10+deb12u15' +
          ' && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["node", "server.js"]\n',
      );
      expect(JSON.parse(out.stdout)).toEqual([]);
      expect(out.exitCode).toBe(0);
    });
  });

  it('--fix-dry-run prints a unified diff and writes nothing (messages in both locales)', () => {
    withFile(BAD, (file) => {
      const out = run(['lint', '--fix-dry-run', file], pt);
      expect(readFileSync(file, 'utf8')).toBe(BAD);
      expect(out.stdout).toContain(' FROM debian:12\n-MAINTAINER Jane <j@x.org>\n-RUN apt-get update');
      expect(out.stdout).toContain('\n+LABEL org.opencontainers.image.authors="Jane <j@x.org>"\n');
      expect(out.stdout).toContain('-CMD node server.js\n+CMD ["node", "server.js"]');
      expect(out.stderr).toContain('4 correção(ões) a aplicar (nada foi gravado)');
    });
  });

  it('keeps CRLF line ends and leaves unfixable findings (exit 1)', () => {
    withFile('FROM debian:12\r\nRUN apt-get install -y curl\r\n', (file) => {
      const out = run(['lint', '--fix', file], en);
      expect(readFileSync(file, 'utf8')).toBe(
        'FROM debian:12\r\nRUN apt-get install --no-install-recommends -y curl\r\n',
      );
      expect(out.stdout).toContain('DL3008');
      expect(out.exitCode).toBe(1);
    });
  });

  it('refuses --fix together with --fix-dry-run (usage error, exit 2)', () => {
    const out = run(['lint', '--fix', '--fix-dry-run', 'x'], en);
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain('use --fix or --fix-dry-run, not both');
  });
});

describe('unifiedDiff', () => {
  it('gives hunks with context and correct line counts', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n';
    const after = 'a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\n';
    expect(unifiedDiff('x/Dockerfile', before, after)).toBe(
      '--- a/x/Dockerfile\n+++ b/x/Dockerfile\n@@ -1,10 +1,11 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n h\n i\n j\n+k\n',
    );
    expect(unifiedDiff('x', 'same\n', 'same\n')).toBe('');
  });
});
