/**
 * The full results page, `/search?q=…` and `/en/search?q=…`: the same engine and index as the navbar
 * box, every hit grouped by page, and a URL that can be shared (the query is kept in it as you type).
 */
import { useHistory, useLocation } from '@docusaurus/router';
import Layout from '@theme/Layout';
import { type ReactNode, useEffect, useState } from 'react';
import ResultList from '../components/Search/ResultList';
import { searchStrings as s, suggestedTerms } from '../components/Search/strings';
import styles from '../components/Search/styles.module.css';
import { useSearch, useSearchContext } from '../components/Search/useSearch';

const LIMIT = 50;

function queryOf(search: string): string {
  return new URLSearchParams(search).get('q') ?? '';
}

export default function SearchPage(): ReactNode {
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
  return (
    <Layout title={text ? s.pageTitleQuery(text) : s.pageTitle()} description={s.pageDescription()}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>{text ? s.pageTitleQuery(text) : s.pageTitle()}</h1>
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
        <div aria-live="polite" className={styles.pageStatus}>
          {!text ? <p>{s.pageIntro()}</p> : null}
          {text && state.status === 'done' && state.hits.length > 0 ? (
            <p>{state.hits.length >= LIMIT ? s.pageCountCapped(LIMIT) : s.pageCount(state.hits.length)}</p>
          ) : null}
          {text && state.status === 'done' && state.hits.length === 0 && state.otherHits.length > 0 ? (
            <p>{s.otherLocale()}</p>
          ) : null}
          {text && state.status === 'done' && hits.length === 0 ? <p>{s.noResults(text)}</p> : null}
          {text && state.status === 'error' ? <p>{s.error()}</p> : null}
        </div>
        {hits.length > 0 ? (
          <ResultList
            hits={hits}
            idPrefix="search-page"
            label={s.resultsLabel()}
            otherLocale={state.hits.length === 0}
          />
        ) : (
          <div className={styles.suggestions}>
            <span>{s.tryTerms()}</span>
            {suggestedTerms(locale).map((term) => (
              <button key={term} type="button" className={styles.chip} onClick={() => update(term)}>
                {term}
              </button>
            ))}
          </div>
        )}
        <p className={styles.powered}>{provider === 'algolia' ? s.poweredAlgolia() : s.poweredLocal()}</p>
      </main>
    </Layout>
  );
}
