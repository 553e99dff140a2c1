/**
 * Messages between the page and the search Web Worker (src/search/search.worker.ts). Types only: the
 * page imports nothing of the engine or the index, which live in the worker's chunks.
 */
import type { SearchHit } from './types';

export interface SearchRequest {
  /** Increases with every request; the answer carries it back. */
  id: number;
  /** `preload` loads the current locale's index and answers with no hits. */
  kind: 'preload' | 'current' | 'other';
  query: string;
  limit: number;
}

export type SearchResponse = { id: number; hits: SearchHit[] } | { id: number; error: string };
