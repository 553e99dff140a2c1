/**
 * The state of one search box: the query's hits in the current locale and, when there are none, the
 * other locale's. Shared by the navbar modal and the /search page so both behave the same.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useEffect, useMemo, useRef, useState } from 'react';
import { getSearcher, type Searcher } from '../../search/client';
import type { SearchConfig, SearchHit, SearchLocale } from '../../search/types';

export type SearchStatus = 'idle' | 'loading' | 'done' | 'error';

export interface SearchState {
  status: SearchStatus;
  hits: SearchHit[];
  /** Hits in the other locale, filled only when the current locale has none. */
  otherHits: SearchHit[];
  /** The query these hits answer (the input may already have moved on). */
  query: string;
}

export function useSearchContext(): {
  searcher: Searcher;
  locale: SearchLocale;
  provider: SearchConfig['provider'];
} {
  const { siteConfig, i18n } = useDocusaurusContext();
  const config = (siteConfig.customFields?.search ?? { provider: 'local' }) as SearchConfig;
  const locale: SearchLocale = i18n.currentLocale === 'en' ? 'en' : 'pt-BR';
  const searcher = useMemo(() => getSearcher(config, locale), [config, locale]);
  return { searcher, locale, provider: config.provider };
}

/**
 * Debounced search (typing never waits on the engine); stale answers are dropped. The first query
 * (from a shared link, or typed before the dialog loaded) is not debounced: nobody is typing yet.
 */
export function useSearch(query: string, limit: number, debounceMs = 60): SearchState {
  const { searcher } = useSearchContext();
  const [state, setState] = useState<SearchState>({ status: 'idle', hits: [], otherHits: [], query: '' });
  const first = useRef(true);
  useEffect(() => {
    const text = query.trim();
    if (!text) {
      setState({ status: 'idle', hits: [], otherHits: [], query: '' });
      return;
    }
    let cancelled = false;
    const delay = first.current ? 0 : debounceMs;
    first.current = false;
    setState((previous) => ({ ...previous, status: 'loading' }));
    const timer = setTimeout(async () => {
      try {
        const hits = await searcher.search(text, limit);
        const otherHits = hits.length === 0 ? await searcher.searchOtherLocale(text, limit) : [];
        if (!cancelled) setState({ status: 'done', hits, otherHits, query: text });
      } catch {
        if (!cancelled) setState({ status: 'error', hits: [], otherHits: [], query: text });
      }
    }, delay);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, limit, searcher, debounceMs]);
  return state;
}

const RECENT_KEY = 'camadas.search.recent';
const RECENT_MAX = 6;

export function readRecentSearches(): string[] {
  try {
    const value = JSON.parse(window.localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(value)
      ? value.filter((x): x is string => typeof x === 'string').slice(0, RECENT_MAX)
      : [];
  } catch {
    return [];
  }
}

export function rememberSearch(query: string): void {
  const text = query.trim();
  if (!text) return;
  try {
    const next = [text, ...readRecentSearches().filter((q) => q !== text)].slice(0, RECENT_MAX);
    window.localStorage.setItem(RECENT_KEY, JSON.stringify(next));
  } catch {
    // Private mode or storage full: recent searches are a convenience.
  }
}

export function clearRecentSearches(): void {
  try {
    window.localStorage.removeItem(RECENT_KEY);
  } catch {
    // ignore
  }
}
