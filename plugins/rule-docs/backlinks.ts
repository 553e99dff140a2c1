/**
 * "Shown in the guide": every rule page lists the docs pages whose deliberately bad examples break the
 * rule, computed from their `expect="…"` annotations at build time, never maintained by hand.
 * `withGuideBacklinks` adds that section to the generated rule pages (plugins/rule-docs/generate.ts
 * calls it once, in writeRuleDocs); everything else about the backlinks lives here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { rules as registeredRules } from '../../src/lint/rules/index';
import type { Locale, Rule } from '../../src/lint/types';
import { parseAnnotations } from '../../src/snippets/annotations';
import { isDockerfileLanguage } from '../../src/snippets/check-snippet';

/** The docs folder of each locale, relative to the site directory. */
const DOCS_DIRS: Record<Locale, string> = {
  'pt-BR': 'docs',
  en: join('i18n', 'en', 'docusaurus-plugin-content-docs', 'current'),
};

/** The generated rule pages' folder inside each docs folder (skipped: rule pages demonstrate themselves). */
const RULES_DIR = 'rules';

const text = {
  heading: { 'pt-BR': 'Demonstrada no guia', en: 'Shown in the guide' },
  intro: {
    'pt-BR':
      'Os exemplos ruins destas páginas quebram esta regra de propósito (o build confere que ela dispara):',
    en: 'The bad examples on these pages break this rule on purpose (the build checks that it fires):',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export interface GuidePage {
  /** Path relative to the locale's docs folder, with `/` separators (`dockerfile/run.mdx`). */
  path: string;
  title: string;
}

/** Rule id → the pages of one locale whose bad examples expect it. */
export type Backlinks = Map<string, GuidePage[]>;

function docFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (relative(dir, full) !== RULES_DIR) walk(full);
      } else if (/\.mdx?$/.test(name) && !name.startsWith('_')) out.push(full);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The ids in the `expect` annotations of the Dockerfile fences of a Markdown/MDX text (any indentation). */
export function expectedIds(source: string): string[] {
  const ids: string[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})\s*([^`\s]*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, marker, lang, meta] = open;
    if (isDockerfileLanguage(lang)) ids.push(...(parseAnnotations(meta).expect ?? []));
    const close = new RegExp(`^\\s*${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
    i++;
    while (i < lines.length && !close.test(lines[i])) i++;
  }
  return ids;
}

function pageTitle(source: string, path: string): string {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source.replace(/\r\n?/g, '\n'));
  const data = front ? (parseYaml(front[1]) as Record<string, unknown> | null) : null;
  const title = data?.title;
  return typeof title === 'string' && title.trim() ? title.trim() : path;
}

/** Backlinks of one locale: each rule (by its primary id; aliases count) → the pages demonstrating it. */
export function guideBacklinks(
  siteDir: string,
  locale: Locale,
  rules: readonly Rule[] = registeredRules,
): Backlinks {
  const primary = new Map<string, string>();
  for (const rule of rules) for (const id of [rule.id, ...(rule.aliases ?? [])]) primary.set(id, rule.id);
  const docsDir = join(siteDir, DOCS_DIRS[locale]);
  const backlinks: Backlinks = new Map();
  for (const file of docFiles(docsDir)) {
    const source = readFileSync(file, 'utf8');
    const ruleIds = new Set(expectedIds(source).flatMap((id) => primary.get(id) ?? []));
    if (ruleIds.size === 0) continue;
    const path = relative(docsDir, file).split('\\').join('/');
    const page = { path, title: pageTitle(source, path) };
    for (const id of ruleIds) backlinks.set(id, [...(backlinks.get(id) ?? []), page]);
  }
  return backlinks;
}

/** Link text safe in MDX: brackets and JSX-significant characters escaped. */
const linkText = (value: string) => value.replace(/[[\]{}<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export function backlinksSection(pages: readonly GuidePage[], locale: Locale): string {
  const items = pages.map((p) => `- [${linkText(p.title)}](../${p.path})`);
  return [`## ${text.heading[locale]}`, '', text.intro[locale], '', ...items, ''].join('\n');
}

/**
 * The generated files with a "shown in the guide" section appended to each rule page that some docs
 * page demonstrates. `files` maps paths relative to the site directory to contents, as ruleDocFiles
 * returns them; other files (alias pages, index, category) are left as they are.
 */
export function withGuideBacklinks(
  files: Map<string, string>,
  siteDir: string,
  rules: readonly Rule[] = registeredRules,
): Map<string, string> {
  const byLocale = new Map<Locale, Backlinks>();
  const result = new Map(files);
  for (const locale of Object.keys(DOCS_DIRS) as Locale[]) {
    byLocale.set(locale, guideBacklinks(siteDir, locale, rules));
  }
  const ruleIds = new Set(rules.map((r) => r.id));
  for (const [path, content] of files) {
    const normalised = path.split('\\').join('/');
    const locale: Locale = normalised.startsWith('i18n/en/') ? 'en' : 'pt-BR';
    const match = new RegExp(`^${DOCS_DIRS[locale].split('\\').join('/')}/${RULES_DIR}/([^/]+)\\.mdx$`).exec(
      normalised,
    );
    if (!match || !ruleIds.has(match[1])) continue;
    const pages = byLocale.get(locale)?.get(match[1]);
    if (pages?.length) result.set(path, `${content.trimEnd()}\n\n${backlinksSection(pages, locale)}`);
  }
  return result;
}
