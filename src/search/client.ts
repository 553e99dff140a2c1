/**
 * The browser's way to search, whichever backend the build chose: the local index (default, offline)
 * or Algolia (when the build had ALGOLIA_APP_ID, ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME). The
 * index, the engine and the Algolia client are separate chunks, fetched on first use.
 */
import { fromAlgoliaHit, POST_TAG, PRE_TAG } from './docsearch';
import { createIndex, type SearchIndex, search } from './engine';
import type { SearchConfig, SearchHit, SearchIndexFile, SearchLocale } from './types';

export interface Searcher {
  /** Starts fetching what the first query needs (the index, or the Algolia client). */
  preload(): void;
  /** Hits of the current locale. */
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** Hits of the other locale, offered when the current one has none. */
  searchOtherLocale(query: string, limit: number): Promise<SearchHit[]>;
}

export function otherLocaleOf(locale: SearchLocale): SearchLocale {
  return locale === 'en' ? 'pt-BR' : 'en';
}

function localSearcher(): Searcher {
  let current: Promise<SearchIndex> | undefined;
  let other: Promise<SearchIndex> | undefined;
  const load = (file: Promise<{ default: SearchIndexFile }>) =>
    file.then(({ default: data }) => createIndex(data.records, data.locale));
  const loadCurrent = () => {
    current ??= load(import('@generated/camadas-search-index/default/current-locale.json'));
    return current;
  };
  return {
    preload: () => void loadCurrent().catch(() => undefined),
    async search(query, limit) {
      return search(await loadCurrent(), query, { limit });
    },
    async searchOtherLocale(query, limit) {
      other ??= load(import('@generated/camadas-search-index/default/other-locale.json'));
      return search(await other, query, { limit });
    },
  };
}

function algoliaSearcher(
  config: Extract<SearchConfig, { provider: 'algolia' }>,
  locale: SearchLocale,
): Searcher {
  const client = import('algoliasearch/lite').then(({ liteClient }) =>
    liteClient(config.appId, config.apiKey),
  );
  const query = async (text: string, lang: SearchLocale, limit: number) => {
    const { results } = await (await client).searchForHits({
      requests: [
        {
          indexName: config.indexName,
          query: text,
          filters: `lang:${lang}`,
          hitsPerPage: limit,
          highlightPreTag: PRE_TAG,
          highlightPostTag: POST_TAG,
          attributesToRetrieve: ['url', 'hierarchy', 'content'],
          attributesToSnippet: ['content:30', 'code:20'],
        },
      ],
    });
    return (results[0]?.hits ?? []).map((hit, i) => fromAlgoliaHit(hit as never, i));
  };
  return {
    preload: () => void client.catch(() => undefined),
    search: (text, limit) => query(text, locale, limit),
    searchOtherLocale: (text, limit) => query(text, otherLocaleOf(locale), limit),
  };
}

const searchers = new Map<string, Searcher>();

/** One searcher per backend and locale for the whole page session (the index is loaded once). */
export function getSearcher(config: SearchConfig, locale: SearchLocale): Searcher {
  const key = `${config.provider}:${locale}`;
  let searcher = searchers.get(key);
  if (!searcher) {
    searcher = config.provider === 'algolia' ? algoliaSearcher(config, locale) : localSearcher();
    searchers.set(key, searcher);
  }
  return searcher;
}
