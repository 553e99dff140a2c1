/** The build gate checks what Docusaurus can render: partials and pages in any folder of the content roots. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSite } from '../../plugins/remark-dockerfile-lint/gate';

const BAD = '```dockerfile\nFROM ubuntu\n```\n';

describe('the build gate', () => {
  it('checks imported partials and pages in build/, coverage/, node_modules/ and dot-folders', () => {
    const site = mkdtempSync(join(tmpdir(), 'camadas-gate-'));
    const files = [
      'docs/_partial.mdx',
      'docs/guide/_shared.md',
      'docs/build/page.mdx',
      'docs/coverage/page.md',
      'docs/node_modules/page.mdx',
      'docs/.hidden/_snippet.mdx',
      'i18n/en/docusaurus-plugin-content-docs/current/build/page.mdx',
      'src/pages/_part.mdx',
    ];
    try {
      writeFileSync(join(site, 'package.json'), '{}\n'); // a project root, as in the real site
      for (const file of files) {
        mkdirSync(dirname(join(site, file)), { recursive: true });
        writeFileSync(join(site, file), BAD);
      }
      const result = lintSite(site);
      const failing = result.reports
        .filter((r) => r.violations.some((v) => v.rule === 'DL3006'))
        .map((r) => r.file);
      expect(failing.sort()).toEqual([...files].sort());
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('walks a symbolic link cycle inside the docs once', () => {
    const site = mkdtempSync(join(tmpdir(), 'camadas-gate-'));
    try {
      mkdirSync(join(site, 'docs'));
      writeFileSync(join(site, 'docs', 'page.mdx'), BAD);
      symlinkSync('.', join(site, 'docs', 'again'));
      expect(lintSite(site).reports.map((r) => r.file)).toEqual(['docs/page.mdx']);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
