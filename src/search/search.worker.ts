/**
 * The local search's Web Worker: the engine (MiniSearch, stemmers) and the index of the current locale
 * are in this chunk, and the index is built and queried here, so the page's main thread never spends
 * time on them (a phone stays responsive while the index loads). The other locale's records are a
 * chunk of their own, fetched only when a query finds nothing in the current one.
 */
import current from '@generated/camadas-search-index/default/current-locale.json';
import { createIndex, type SearchIndex, search } from './engine';
import type { SearchRequest, SearchResponse } from './protocol';
import type { SearchIndexFile } from './types';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchResponse): void;
};

let currentIndex: SearchIndex | undefined;
let otherIndex: Promise<SearchIndex> | undefined;

function indexOf(file: SearchIndexFile): SearchIndex {
  return createIndex(file.records, file.locale);
}

async function indexFor(kind: SearchRequest['kind']): Promise<SearchIndex> {
  if (kind !== 'other') {
    currentIndex ??= indexOf(current as SearchIndexFile);
    return currentIndex;
  }
  otherIndex ??= import('@generated/camadas-search-index/default/other-locale.json').then(
    ({ default: file }) => indexOf(file as SearchIndexFile),
  );
  return otherIndex;
}

scope.onmessage = async (event) => {
  const { id, kind, query, limit } = event.data;
  try {
    const index = await indexFor(kind);
    scope.postMessage({ id, hits: kind === 'preload' ? [] : search(index, query, { limit }) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
