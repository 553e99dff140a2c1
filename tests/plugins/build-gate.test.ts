import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
let site: string;

// A copy of the site with one bad snippet per locale; `docusaurus build` must refuse it.
beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'camadas-build-gate-'));
  for (const entry of [
    'docs',
    'i18n',
    'src',
    'static',
    'plugins',
    'docusaurus.config.ts',
    'sidebars.ts',
    'package.json',
    'tsconfig.json',
  ]) {
    cpSync(join(root, entry), join(site, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'));
  const inject = (file: string) => {
    const path = join(site, file);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.push('', '```dockerfile', 'FROM ubuntu', 'CMD ["bash"]', '```', '');
    writeFileSync(path, lines.join('\n'));
    return lines.lastIndexOf('FROM ubuntu') + 1; // 1-based line of `FROM ubuntu`
  };
  lines.pt = inject('docs/intro.mdx');
  lines.en = inject('i18n/en/docusaurus-plugin-content-docs/current/intro.mdx');
});

afterAll(() => {
  rmSync(site, { recursive: true, force: true });
});

const lines = { pt: 0, en: 0 };

describe('docusaurus build with a bad snippet', () => {
  it('fails, listing every violation of every locale with file:line:column and rule, without a stack trace', () => {
    const result = spawnSync('npx', ['docusaurus', 'build'], {
      cwd: site,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', LANG: 'en_US.UTF-8', LC_ALL: '' },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain(`docs/intro.mdx:${lines.pt}:6  DL3006  Sempre declare a tag`);
    expect(output).toContain(
      `i18n/en/docusaurus-plugin-content-docs/current/intro.mdx:${lines.en}:6  DL3006  Always tag`,
    );
    expect(output).toContain('expect="DL3006"');
    expect(output).toContain('/docs/rules/DL3006');
    expect(output).toMatch(/Linted \d+ Dockerfile snippets in 2 locales in \d+ ms/);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  }, 180_000);
});
