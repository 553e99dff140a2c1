/**
 * The full results page, `/search?q=…` and `/en/search?q=…`: the same engine and index as the navbar
 * box, every hit grouped by page, and a URL that can be shared (the query is kept in it as you type).
 *
 * Built for a first visit on a phone: the heading and the box are in the HTML and never move; the
 * local index starts loading (in its Web Worker) as soon as this page's code runs, before React has
 * hydrated; and the results area keeps its place, so nothing on screen shifts when the hits arrive.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { useHistory, useLocation } from '@docusaurus/router';
import siteConfig from '@generated/docusaurus.config';
import i18n from '@generated/i18n';
import Layout from '@theme/Layout';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import ResultList, { orderedHits } from '../components/Search/ResultList';
import { suggestedTerms } from '../components/Search/strings';
import styles from '../components/Search/styles.module.css';
import { useSearch, useSearchContext } from '../components/Search/useSearch';
import { useSearchStrings } from '../components/Search/useStrings';
import { getSearcher } from '../search/client';
import type { SearchConfig, SearchHit } from '../search/types';

const LIMIT = 50;
/**
 * Hits drawn in the first step, then per later step: fifty hits drawn at once are a long task on a
 * phone (React, then layout); in steps, the first screen shows sooner and the page answers input in
 * between. Steps follow the on-screen order, so new hits only ever appear below the drawn ones.
 */
const FIRST_STEP = 8;
const NEXT_STEP = 14;

/** The hits in screen order, `FIRST_STEP` at once and the rest a step per task. */
function useStepwise(hits: readonly SearchHit[]): SearchHit[] {
  const ordered = useMemo(() => orderedHits(hits), [hits]);
  const [drawn, setDrawn] = useState({ of: ordered, count: FIRST_STEP });
  const count = drawn.of === ordered ? drawn.count : FIRST_STEP;
  useEffect(() => {
    if (count >= ordered.length) return;
    const timer = setTimeout(() => setDrawn({ of: ordered, count: count + NEXT_STEP }), 0);
    return () => clearTimeout(timer);
  }, [ordered, count]);
  return useMemo(() => ordered.slice(0, count), [ordered, count]);
}

function queryOf(search: string): string {
  return new URLSearchParams(search).get('q') ?? '';
}

// A shared link (`?q=…`): start loading the index now, while React is still hydrating the page.
if (ExecutionEnvironment.canUseDOM && queryOf(window.location.search).trim()) {
  const config = (siteConfig.customFields?.search ?? { provider: 'local' }) as SearchConfig;
  getSearcher(config, i18n.currentLocale === 'en' ? 'en' : 'pt-BR').preload();
}

export default function SearchPage(): ReactNode {
  const s = useSearchStrings();
  const location = useLocation();
  const history = useHistory();
  const { locale, provider } = useSearchContext();
  // The first render matches the HTML built without a query (else React throws the page away and draws
  // it again: error #418, seconds of main thread on a phone); the effect below then reads ?q=.
  const [query, setQuery] = useState('');
  const state = useSearch(query, LIMIT, 120);

  // The query of the address, after hydration; back/forward and shared links change it: follow it.
  useEffect(() => setQuery(queryOf(location.search)), [location.search]);

  const update = (value: string) => {
    setQuery(value);
    const params = new URLSearchParams(location.search);
    if (value) params.set('q', value);
    else params.delete('q');
    const search = params.toString();
    history.replace({ pathname: location.pathname, search: search ? `?${search}` : '' });
  };

  const text = query.trim();
  const hits = state.hits.length > 0 ? state.hits : state.otherHits;
  const drawn = useStepwise(hits);
  const done = text && state.status === 'done';
  let status: ReactNode = null;
  if (!text) status = s.pageIntro();
  else if (state.status === 'error') status = s.error();
  else if (done && state.hits.length > 0)
    status = state.hits.length >= LIMIT ? s.pageCountCapped(LIMIT) : s.pageCount(state.hits.length);
  else if (done && state.otherHits.length > 0) status = s.otherLocale();
  else if (done) status = s.noResults(text);
  else status = s.loading();
  return (
    <Layout title={text ? s.pageTitleQuery(text) : s.pageTitle()} description={s.pageDescription()}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        {/* The heading stays the same with or without a query: a title that changed after hydration
            would wrap differently and push the page down (layout shift). The query is in the box. */}
        <h1>{s.pageTitle()}</h1>
        {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet known to every browser the site supports. */}
        <form role="search" className={styles.pageForm} onSubmit={(event) => event.preventDefault()}>
          <input
            className={styles.pageInput}
            type="search"
            value={query}
            onChange={(event) => update(event.target.value)}
            placeholder={s.placeholder()}
            aria-label={s.dialogLabel()}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
          />
        </form>
        <p className={styles.powered}>{provider === 'algolia' ? s.poweredAlgolia() : s.poweredLocal()}</p>
        <div aria-live="polite" className={styles.pageStatus}>
          <p>{status}</p>
        </div>
        {/* Holds the page's height while results load, so the footer never jumps up and back down. */}
        <div className={styles.pageResults}>
          {hits.length > 0 ? (
            <ResultList
              hits={drawn}
              idPrefix="search-page"
              label={s.resultsLabel()}
              otherLocale={state.hits.length === 0}
            />
          ) : null}
          {/* Hidden, not removed, while there is a query: a shared link's query arrives right after
              hydration, and removing the suggestions then made that update's task longer. */}
          <div className={styles.suggestions} hidden={hits.length > 0 || (text !== '' && !done)}>
            <span>{s.tryTerms()}</span>
            {suggestedTerms(locale).map((term) => (
              <button key={term} type="button" className={styles.chip} onClick={() => update(term)}>
                {term}
              </button>
            ))}
          </div>
        </div>
      </main>
    </Layout>
  );
}
