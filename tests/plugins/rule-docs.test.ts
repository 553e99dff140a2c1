import { describe, expect, it } from 'vitest';
import {
  lintGeneratedMarkdown,
  lintMarkdownSource,
} from '../../plugins/remark-dockerfile-lint/markdown-file';
import { ruleDocFiles } from '../../plugins/rule-docs/generate';
import { rules } from '../../src/lint/rules/index';
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

  it('marks its folders as generated', () => {
    expect(files.has('docs/rules/.camadas-generated')).toBe(true);
    expect(files.has(`${enDir}/.camadas-generated`)).toBe(true);
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
