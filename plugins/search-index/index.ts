/**
 * Builds the search index of the locale being built, from the pages Docusaurus itself loaded (guides,
 * rule pages, glossary, any future docs page), with their real permalinks, titles and sidebar
 * categories. The browser imports it lazily (`@generated/camadas-search-index/default/…`, a chunk of
 * its own, fetched on first use of the search box); `build/<locale>/search-index.json` is written for
 * `camadas search` and `camadas algolia-sync`. The other locale's records ship in a second chunk, loaded
 * only when a query finds nothing in the current one.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { type PageSource, pageRecords } from '../../src/search/records';
import { pageKeywords, siteDocPages } from '../../src/search/site-pages';
import type { SearchIndexFile, SearchLocale, SearchRecord } from '../../src/search/types';

export const PLUGIN_NAME = 'camadas-search-index';
/** File names under `.docusaurus/camadas-search-index/default/`, imported by src/search/local.ts. */
export const CURRENT_INDEX = 'current-locale.json';
export const OTHER_INDEX = 'other-locale.json';
/** Written into each locale's output folder for the CLI. */
export const BUILD_INDEX_FILE = 'search-index.json';

type SidebarItem = {
  type: string;
  label?: string;
  id?: string;
  items?: SidebarItem[];
  link?: { id?: string };
};

/** Doc id → label of the top-level sidebar category that holds it (translated by Docusaurus). */
function categoriesOf(sidebars: Record<string, SidebarItem[]>): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (items: SidebarItem[], label: string) => {
    for (const item of items) {
      if (item.type === 'category') {
        const here = label || item.label || '';
        if (item.link?.id) out.set(item.link.id, here);
        walk(item.items ?? [], here);
      } else if (item.id) out.set(item.id, label);
    }
  };
  for (const items of Object.values(sidebars)) walk(items, '');
  return out;
}

function toLocale(locale: string): SearchLocale {
  return locale === 'en' ? 'en' : 'pt-BR';
}

function indexFile(locale: SearchLocale, records: SearchRecord[]): string {
  return JSON.stringify({ version: 1, locale, records } satisfies SearchIndexFile);
}

export default function searchIndexPlugin(context: LoadContext): Plugin {
  const locale = toLocale(context.i18n.currentLocale);
  const otherLocale: SearchLocale = locale === 'en' ? 'pt-BR' : 'en';
  let current = '';
  return {
    name: PLUGIN_NAME,
    async allContentLoaded({ allContent, actions }) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      const version = docs?.loadedVersions[0];
      const categories = categoriesOf((version?.sidebars ?? {}) as Record<string, SidebarItem[]>);
      const pages: PageSource[] = (version?.docs ?? []).map((doc) => ({
        source: readFileSync(join(context.siteDir, doc.source.replace(/^@site\//, '')), 'utf8'),
        isMdx: !doc.source.endsWith('.md'),
        permalink: doc.permalink,
        title: doc.title,
        section: categories.get(doc.id) ?? '',
        keywords: pageKeywords(doc.permalink),
      }));
      current = indexFile(locale, pages.flatMap(pageRecords));
      // The other locale is read from disk: Docusaurus loads one locale per run.
      const other = indexFile(otherLocale, siteDocPages(context.siteDir, otherLocale).flatMap(pageRecords));
      await actions.createData(CURRENT_INDEX, current);
      await actions.createData(OTHER_INDEX, other);
    },
    async postBuild({ outDir }) {
      await mkdir(outDir, { recursive: true });
      await writeFile(join(outDir, BUILD_INDEX_FILE), current);
    },
  };
}
