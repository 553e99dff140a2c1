/**
 * The docs pages of one locale read straight from disk, with the site paths Docusaurus gives them. The
 * build takes the same facts from Docusaurus itself (plugins/search-index); this is for `camadas search`
 * when there is no build yet, for `camadas algolia-sync`, and for the relevance tests.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { parse as parseYamlType } from 'yaml';
import { ruleById } from '../lint/rules/index';
import type { PageSource } from './records';
import type { SearchLocale } from './types';

// yaml is loaded on first use (the CLI's lint path starts without it).
declare const require: (id: string) => unknown;
const parseYaml = (text: string): unknown => (require('yaml') as { parse: typeof parseYamlType }).parse(text);

export const DOCS_DIRS: Record<SearchLocale, string> = {
  'pt-BR': 'docs',
  en: join('i18n', 'en', 'docusaurus-plugin-content-docs', 'current'),
};

/** The site path prefix of a locale: pt-BR is the default locale, served at the root. */
export function localePrefix(locale: SearchLocale): string {
  return locale === 'en' ? '/en' : '';
}

/** Exact-match names of a page: a rule page answers to its id and aliases, an alias page to its alias. */
export function pageKeywords(permalink: string): string[] {
  const id = /\/docs\/rules\/([^/#]+)$/.exec(permalink)?.[1];
  if (!id) return [];
  const rule = ruleById(id);
  // Pages of engine checks that are not registered rules (DL1000, syntax errors) answer to their id.
  if (!rule) return id === 'index' ? [] : [id];
  return rule.id === id ? [rule.id, ...(rule.aliases ?? [])] : [id];
}

function readJson(path: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The translated label of each docs folder (its `_category_.json`, translated in `current.json`). */
function categoryLabels(siteDir: string, locale: SearchLocale): Map<string, string> {
  const labels = new Map<string, string>();
  const docsDir = join(siteDir, DOCS_DIRS['pt-BR']);
  const translations = locale === 'en' ? readJson(join(siteDir, DOCS_DIRS.en, '..', 'current.json')) : {};
  if (!existsSync(docsDir)) return labels;
  for (const name of readdirSync(docsDir)) {
    const category = readJson(join(docsDir, name, '_category_.json'));
    if (typeof category.label !== 'string') continue;
    const translated = translations[`sidebar.docs.category.${category.label}`] as
      | { message?: string }
      | undefined;
    labels.set(name, translated?.message ?? category.label);
  }
  return labels;
}

function frontMatterOf(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) return {};
  try {
    const data = parseYaml(match[1]) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The docs plugin's permalink for a file: its id path, `index` folded into the folder, `slug` honoured. */
function permalinkOf(
  relativePath: string,
  frontMatter: Record<string, unknown>,
  locale: SearchLocale,
): string {
  const parts = relativePath.replace(/\.mdx?$/, '').split('/');
  if (parts.at(-1) === 'index' || parts.at(-1) === parts.at(-2)) parts.pop();
  let path = parts.join('/');
  const slug = frontMatter.slug;
  if (typeof slug === 'string')
    path = slug.startsWith('/') ? slug.slice(1) : [...parts.slice(0, -1), slug].filter(Boolean).join('/');
  return `${localePrefix(locale)}/docs${path ? `/${path}` : ''}`;
}

/**
 * Every page Docusaurus would render from the docs folder of a locale (files and folders starting
 * with `_` are partials, not pages). `extra` adds or replaces files by path relative to the site
 * (generated pages that may not be on disk yet).
 */
export function siteDocPages(
  siteDir: string,
  locale: SearchLocale,
  extra: ReadonlyMap<string, string> = new Map(),
): PageSource[] {
  const base = DOCS_DIRS[locale];
  const files = new Map<string, string>();
  const root = join(siteDir, base);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const full = join(dir, name);
      const stat = lstatSync(full);
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile() && /\.mdx?$/.test(name))
        files.set(relative(siteDir, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  if (existsSync(root)) walk(root);
  const prefix = `${base.split(sep).join('/')}/`;
  for (const [path, content] of extra) {
    const normalised = path.split(sep).join('/');
    if (normalised.startsWith(prefix) && /\.mdx?$/.test(normalised) && !/(^|\/)_/.test(normalised))
      files.set(normalised, content);
  }
  const labels = categoryLabels(siteDir, locale);
  const pages: PageSource[] = [];
  for (const [path, source] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const relativePath = path.slice(prefix.length);
    const frontMatter = frontMatterOf(source);
    const permalink = permalinkOf(relativePath, frontMatter, locale);
    pages.push({
      source,
      isMdx: !path.endsWith('.md'),
      permalink,
      title: typeof frontMatter.title === 'string' ? frontMatter.title : undefined,
      section: labels.get(relativePath.split('/')[0]) ?? '',
      keywords: pageKeywords(permalink),
    });
  }
  return pages;
}
