/**
 * Where the CLI's search records come from: the index the last build wrote (`build/search-index.json`,
 * `build/en/search-index.json`), the same one the browser loads; without a build, the docs sources,
 * through the same record builder the build uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageRecords } from '../search/records';
import { siteDocPages } from '../search/site-pages';
import type { SearchIndexFile, SearchLocale, SearchRecord } from '../search/types';

export const BUILD_DIR = 'build';
export const BUILD_INDEX_FILE = 'search-index.json';

export function buildIndexPath(siteDir: string, locale: SearchLocale): string {
  return join(siteDir, BUILD_DIR, ...(locale === 'en' ? ['en'] : []), BUILD_INDEX_FILE);
}

export interface LoadedRecords {
  records: SearchRecord[];
  /** `build` when read from the last build; `sources` when built from the docs on the spot. */
  origin: 'build' | 'sources';
  /** Why the build's index was not used, when it exists but cannot be read. */
  problem?: string;
}

function isIndexFile(value: unknown, locale: SearchLocale): value is SearchIndexFile {
  const file = value as Partial<SearchIndexFile> | null;
  return Boolean(file && file.version === 1 && file.locale === locale && Array.isArray(file.records));
}

export function loadRecords(siteDir: string, locale: SearchLocale): LoadedRecords {
  const path = buildIndexPath(siteDir, locale);
  let problem: string | undefined;
  if (existsSync(path)) {
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      if (isIndexFile(data, locale)) return { records: data.records, origin: 'build' };
      problem = 'not a Camadas search index';
    } catch (error) {
      problem = (error as Error).message.split('\n')[0];
    }
  }
  return { records: siteDocPages(siteDir, locale).flatMap(pageRecords), origin: 'sources', problem };
}
