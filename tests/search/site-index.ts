// The search records of the real content, for the relevance suite and the benchmark: the docs on disk
// plus the generated rule pages (made in memory, so a fresh clone needs no build first).
import { join } from 'node:path';
import { ruleDocFiles } from '../../plugins/rule-docs/generate';
import { createIndex, type SearchIndex } from '../../src/search/engine';
import { pageRecords } from '../../src/search/records';
import { siteDocPages } from '../../src/search/site-pages';
import type { SearchLocale, SearchRecord } from '../../src/search/types';

export const root = join(__dirname, '..', '..');

export function siteRecords(locale: SearchLocale): SearchRecord[] {
  return siteDocPages(root, locale, ruleDocFiles()).flatMap(pageRecords);
}

const cache = new Map<SearchLocale, SearchIndex>();
export function siteIndex(locale: SearchLocale): SearchIndex {
  let index = cache.get(locale);
  if (!index) {
    index = createIndex(siteRecords(locale), locale);
    cache.set(locale, index);
  }
  return index;
}

export interface RelevanceCase {
  locale: SearchLocale;
  query: string;
  /** The page (site path, no anchor) that must be among the first three hits. */
  page: string;
  /** What the case exercises: plural, typo, rule id, question… */
  kind: string;
}
