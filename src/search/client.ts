/**
 * The browser's way to search, whichever backend the build chose: the local index (default, offline)
 * or Algolia (when the build had ALGOLIA_APP_ID, ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME). The
 * local engine and index live in a Web Worker (its own chunks); the Algolia client is a chunk too;
 * each is fetched on first use.
 */
import { fromAlgoliaHit, POST_TAG, PRE_TAG } from './docsearch';
import type { SearchRequest, SearchResponse } from './protocol';
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

/** The engine and the index on this thread: only where Web Workers are missing. */
function mainThreadSearcher(): Searcher {
  type Loaded = { search: typeof import('./engine').search; index: import('./engine').SearchIndex };
  let current: Promise<Loaded> | undefined;
  let other: Promise<Loaded> | undefined;
  const load = (file: Promise<{ default: SearchIndexFile }>) =>
    Promise.all([import('./engine'), file]).then(([engine, { default: data }]) => ({
      search: engine.search,
      index: engine.createIndex(data.records, data.locale),
    }));
  const loadCurrent = () => {
    current ??= load(import('@generated/camadas-search-index/default/current-locale.json'));
    return current;
  };
  return {
    preload: () => void loadCurrent().catch(() => undefined),
    async search(query, limit) {
      const { search, index } = await loadCurrent();
      return search(index, query, { limit });
    },
    async searchOtherLocale(query, limit) {
      other ??= load(import('@generated/camadas-search-index/default/other-locale.json'));
      const { search, index } = await other;
      return search(index, query, { limit });
    },
  };
}

/**
 * The local index, built and queried in a Web Worker (src/search/search.worker.ts): the page's main
 * thread only posts the query and renders the hits.
 */
function localSearcher(): Searcher {
  if (typeof Worker === 'undefined') return mainThreadSearcher();
  let worker: Worker | undefined;
  let fallback: Searcher | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (hits: SearchHit[]) => void; reject: (error: Error) => void }>();
  const fail = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  const start = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./search.worker.ts', import.meta.url));
    w.onmessage = (event: MessageEvent<SearchResponse>) => {
      const answer = event.data;
      const waiting = pending.get(answer.id);
      if (!waiting) return;
      pending.delete(answer.id);
      if ('error' in answer) waiting.reject(new Error(answer.error));
      else waiting.resolve(answer.hits);
    };
    // A worker that cannot load (offline, blocked) fails every waiting query; the next one tries again.
    w.onerror = (event) => fail(new Error(event.message || 'search worker failed to load'));
    worker = w;
    return w;
  };
  const ask = (kind: SearchRequest['kind'], query: string, limit: number) => {
    if (fallback)
      return kind === 'other' ? fallback.searchOtherLocale(query, limit) : fallback.search(query, limit);
    return new Promise<SearchHit[]>((resolve, reject) => {
      let w: Worker;
      try {
        w = start();
      } catch {
        // Workers forbidden here (a strict Content-Security-Policy): search on this thread instead.
        fallback = mainThreadSearcher();
        resolve(kind === 'other' ? fallback.searchOtherLocale(query, limit) : fallback.search(query, limit));
        return;
      }
      nextId += 1;
      pending.set(nextId, { resolve, reject });
      w.postMessage({ id: nextId, kind, query, limit } satisfies SearchRequest);
    });
  };
  return {
    preload: () => void ask('preload', '', 0).catch(() => undefined),
    search: (query, limit) => ask('current', query, limit),
    searchOtherLocale: (query, limit) => ask('other', query, limit),
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
