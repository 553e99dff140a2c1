import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';
import { ruleDocFiles, writeRuleDocs } from '../../plugins/rule-docs/generate';
import ruleDocsPlugin from '../../plugins/rule-docs/index';
import { rules } from '../../src/lint/rules/index';
import { checkSnippet } from '../../src/snippets/check-snippet';
import { isGeneratedPage } from '../../src/snippets/discover';
import { lintGeneratedMarkdown, lintMarkdownSource } from '../../src/snippets/markdown-file';
import { outline } from '../content/docs-tree';

const files = ruleDocFiles();
const enDir = 'i18n/en/docusaurus-plugin-content-docs/current/rules';

describe('generated rule pages', () => {
  it('has a page per rule and per alias in both locales, plus an index', () => {
    for (const rule of rules) {
      for (const id of [rule.id, ...(rule.aliases ?? [])]) {
        expect(files.has(`docs/rules/${id}.mdx`), `pt-BR ${id}`).toBe(true);
        expect(files.has(`${enDir}/${id}.mdx`), `en ${id}`).toBe(true);
      }
    }
    expect(files.get('docs/rules/index.mdx')).toContain(`${rules.length} regras`);
    expect(files.get(`${enDir}/index.mdx`)).toContain(`${rules.length} rules`);
  });

  it('builds each page from the rule file: title, rationale, examples', () => {
    for (const rule of rules) {
      const pt = files.get(`docs/rules/${rule.id}.mdx`) ?? '';
      const en = files.get(`${enDir}/${rule.id}.mdx`) ?? '';
      expect(pt).toContain(rule.id);
      for (const example of [...rule.examples.bad, ...rule.examples.good]) {
        expect(pt).toContain(example.trimEnd());
        expect(en).toContain(example.trimEnd());
      }
      expect(en).toContain(rule.rationale.en.slice(0, 40).replace(/[{}<>]/g, ''));
    }
  });

  it('gives both locales of a page the same structure', () => {
    for (const rule of rules) {
      const pt = outline(files.get(`docs/rules/${rule.id}.mdx`) ?? '');
      const en = outline(files.get(`${enDir}/${rule.id}.mdx`) ?? '');
      expect(en.headings, rule.id).toEqual(pt.headings);
      expect(en.code.map((c) => c.code)).toEqual(pt.code.map((c) => c.code));
    }
  });

  it('passes the snippet checker: every expect is exact and every suppression example is really clean', () => {
    const problems = [...files]
      .filter(([path]) => path.endsWith('.mdx'))
      .flatMap(([path, content]) =>
        lintMarkdownSource(content, path).violations.map(
          (v) => `${path}:${v.fileLine} ${v.rule} ${v.message}`,
        ),
      );
    expect(problems).toEqual([]);
  });

  it('is linted by the fast fence scanner exactly as by the MDX parser (the gate and the CLI use the scanner)', () => {
    for (const [path, content] of files) {
      if (!path.endsWith('.mdx')) continue;
      expect(lintGeneratedMarkdown(content, path), path).toEqual(lintMarkdownSource(content, path));
    }
  });

  it('points "Edit this page" of every generated page to a source file that exists in the repository', () => {
    const pages = [...files.entries()].filter(([path]) => path.endsWith('.mdx'));
    const targets = pages.map(([path, content]) => {
      const url = /^custom_edit_url: "(.*)"$/m.exec(content)?.[1];
      return { path, source: url?.replace(/^.*\/edit\/main\//, '') };
    });
    expect(targets.filter((t) => !t.source || !existsSync(t.source))).toEqual([]);
    const en = (id: string) => targets.find((t) => t.path === join(enDir, `${id}.mdx`))?.source;
    expect(en('JSONArgsRecommended')).toBe('src/lint/rules/JSONArgsRecommended.ts');
    expect(en('DL3024')).toBe('src/lint/rules/DuplicateStageName.ts');
  });

  it('shows each rule by id and title in the sidebar (the page title; no id-only sidebar label)', () => {
    const page = files.get('docs/rules/DL3008.mdx') ?? '';
    expect(page).toMatch(/^title: "DL3008: .+"$/m);
    expect(page).not.toMatch(/^sidebar_label:/m);
  });

  it('marks every file it writes as generated (a YAML comment in the front matter)', () => {
    for (const [path, content] of files) expect(isGeneratedPage(content), path).toBe(true);
  });

  it('checks the suppression examples of ordinary rules instead of skipping them', () => {
    const ordinary = rules.filter(
      (r) =>
        !r.needsConfig &&
        r.severity !== 'off' &&
        !r.experimental &&
        !r.examplesConfig &&
        r.examplesDockerignore === undefined,
    );
    expect(ordinary.length).toBeGreaterThan(70);
    for (const rule of ordinary) {
      const page = files.get(`docs/rules/${rule.id}.mdx`) ?? '';
      expect(page, rule.id).not.toContain('nolint="sintaxe de supressão"');
      expect(page).toContain(`expect="${rule.id}`);
    }
  });
});

describe('syntax errors (DL1000) as a first-class check', () => {
  it('has a page in both locales, and a snippet can show a deliberately broken Dockerfile', () => {
    expect(files.get('docs/rules/DL1000.mdx')).toContain('expect="DL1000"');
    expect(files.get(`${enDir}/DL1000.mdx`)).toContain('expect="DL1000"');
    const broken = 'FROM debian:12\nCOPIE . /app\n';
    expect(checkSnippet(broken, 'expect="DL1000"', 'en').violations).toEqual([]);
    // without annotation, the hint points to a page that exists
    const hint = checkSnippet(broken, '', 'en').violations[0].hint ?? '';
    expect(hint).toContain('expect="DL1000"');
    const url = /Rule: (\S+)/.exec(hint)?.[1] ?? '';
    expect(files.has(`${enDir}/${url.split('/').pop()}.mdx`)).toBe(true);
  });
});

describe('writing the rule pages', () => {
  const withSite = (fn: (site: string) => void) => {
    const site = mkdtempSync(join(tmpdir(), 'camadas-rule-docs-'));
    try {
      fn(site);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  };

  it('never deletes nor overwrites a contributor’s file, and a sub-folder does not stop it', () => {
    withSite((site) => {
      mkdirSync(join(site, 'docs/rules/img'), { recursive: true });
      writeFileSync(join(site, 'docs/rules/my-notes.md'), 'notes\n');
      writeFileSync(join(site, 'docs/rules/img/diagram.svg'), '<svg/>');
      writeFileSync(join(site, 'docs/rules/DL3006.mdx'), '# my own page about DL3006\n');
      const report = writeRuleDocs(site);
      expect(readFileSync(join(site, 'docs/rules/my-notes.md'), 'utf8')).toBe('notes\n');
      expect(readFileSync(join(site, 'docs/rules/img/diagram.svg'), 'utf8')).toBe('<svg/>');
      expect(readFileSync(join(site, 'docs/rules/DL3006.mdx'), 'utf8')).toBe('# my own page about DL3006\n');
      expect(report.foreign).toEqual(['docs/rules/DL3006.mdx']);
      expect(report.removed).toEqual([]);
      expect(existsSync(join(site, 'docs/rules/DL3007.mdx'))).toBe(true);
      expect(existsSync(join(site, `${enDir}/index.mdx`))).toBe(true);
    });
  });

  it('removes only its own pages of rules that no longer exist, and rewrites only what changed', () => {
    withSite((site) => {
      writeRuleDocs(site);
      const stale = join(site, 'docs/rules/DL9999.mdx');
      writeFileSync(stale, files.get('docs/rules/DL3006.mdx') ?? '');
      const second = writeRuleDocs(site);
      expect(second.removed).toEqual(['docs/rules/DL9999.mdx']);
      expect(second.written).toEqual([]);
      expect(existsSync(stale)).toBe(false);
    });
  });

  it('takes over the pages of the earlier generator (folder marker) without touching other files', () => {
    withSite((site) => {
      const dir = join(site, 'docs/rules');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, '.camadas-generated'), 'Generated by plugins/rule-docs\n');
      writeFileSync(join(dir, '_category_.json'), '{}\n');
      writeFileSync(join(dir, 'DL3006.mdx'), '---\ntitle: old\n---\n');
      writeFileSync(join(dir, 'keep.md'), 'mine\n');
      const report = writeRuleDocs(site);
      expect(report.foreign).toEqual([]);
      expect(readdirSync(dir)).not.toContain('.camadas-generated');
      expect(readdirSync(dir)).not.toContain('_category_.json');
      expect(isGeneratedPage(readFileSync(join(dir, 'DL3006.mdx'), 'utf8'))).toBe(true);
      expect(readFileSync(join(dir, 'keep.md'), 'utf8')).toBe('mine\n');
    });
  });

  it('is a Docusaurus plugin: pages written before content loads and in loadContent, rule files watched and reloaded', async () => {
    await (async () => {
      const site = mkdtempSync(join(tmpdir(), 'camadas-rule-docs-'));
      try {
        const plugin = ruleDocsPlugin({ siteDir: site } as LoadContext);
        expect(existsSync(join(site, 'docs/rules/index.mdx'))).toBe(true);
        rmSync(join(site, 'docs/rules/DL3007.mdx'));
        const content = await plugin.loadContent?.();
        expect(content?.report.written).toEqual(['docs/rules/DL3007.mdx']);
        expect(plugin.getPathsToWatch?.()).toContain(join(site, 'src/lint/rules/**/*.ts'));
        // a reload (npm start saw a rule file change) reads the rule files afresh
        symlinkSync(join(__dirname, '..', '..', 'src'), join(site, 'src'));
        rmSync(join(site, 'docs/rules/DL3008.mdx'));
        const reloaded = await plugin.loadContent?.();
        expect(reloaded?.pages).toBe(rules.length);
        expect(reloaded?.report.written).toEqual(['docs/rules/DL3008.mdx']);
      } finally {
        rmSync(site, { recursive: true, force: true });
      }
    })();
  });
});
