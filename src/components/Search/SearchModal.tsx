/**
 * The search dialog opened from the navbar (click, Ctrl/⌘+K or `/`): a combobox input driving a
 * listbox of hits grouped by page, arrow keys to move, Enter to open, Escape to close; recent
 * searches and suggested terms when empty; the other locale's hits when the current one has none.
 * Loaded lazily with the engine and the index: no page pays for it before the box is used.
 */
import Link from '@docusaurus/Link';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { type KeyboardEvent, type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { SearchHit } from '../../search/types';
import ResultList, { orderedHits } from './ResultList';
import { suggestedTerms } from './strings';
import styles from './styles.module.css';
import {
  clearRecentSearches,
  readRecentSearches,
  rememberSearch,
  useSearch,
  useSearchContext,
} from './useSearch';
import { useSearchStrings } from './useStrings';

const LIMIT = 12;

export interface SearchModalProps {
  /** What was typed before the dialog's code arrived (read when the dialog mounts). */
  typedBefore?: { current: string };
  onClose: () => void;
}

export default function SearchModal({ typedBefore, onClose }: SearchModalProps): ReactNode {
  const s = useSearchStrings();
  const [query, setQuery] = useState(() => typedBefore?.current ?? '');
  const [active, setActive] = useState(0);
  const [recent, setRecent] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const history = useHistory();
  const { locale, provider } = useSearchContext();
  const state = useSearch(query, LIMIT);
  const searchPage = useBaseUrl('/search');
  const shown = orderedHits(state.hits.length > 0 ? state.hits : state.otherHits);

  // React may render the dialog before it replaces the loading box: what was typed in between is read
  // again when the dialog is committed, before the screen updates.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, at mount.
  useLayoutEffect(() => {
    const typed = typedBefore?.current ?? '';
    if (typed) setQuery((current) => (typed.startsWith(current) ? typed : current));
  }, []);

  useEffect(() => {
    setRecent(readRecentSearches());
    input.current?.focus();
    const previous = document.activeElement as HTMLElement | null;
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = overflow;
      previous?.focus?.();
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer puts the keyboard back on the first hit.
  useEffect(() => setActive(0), [state.query]);

  useEffect(() => {
    document.getElementById(`search-modal-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const showingOther = state.hits.length === 0 && state.otherHits.length > 0;
  const open = (hit: SearchHit) => {
    rememberSearch(query);
    onClose();
    // The other locale is another app: load it; the current one navigates in place.
    if (showingOther) window.location.assign(hit.url);
    else history.push(hit.url);
  };
  const seeAllUrl = `${searchPage}?q=${encodeURIComponent(query.trim())}`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % shown.length);
    } else if (event.key === 'ArrowUp' && shown.length > 0) {
      event.preventDefault();
      setActive((i) => (i - 1 + shown.length) % shown.length);
    } else if (event.key === 'Enter' && event.target === input.current) {
      event.preventDefault();
      if (shown[active]) open(shown[active]);
      else if (query.trim()) {
        rememberSearch(query);
        onClose();
        history.push(seeAllUrl);
      }
    } else if (event.key === 'Tab') {
      // Keep focus inside the dialog.
      const focusable = dialog.current?.querySelectorAll<HTMLElement>(
        'input, button, a[href]:not([tabindex="-1"]), [tabindex="0"]',
      );
      if (!focusable || focusable.length === 0) return;
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  const terms = suggestedTerms(locale);
  const suggestions = (
    <div className={styles.suggestions}>
      <span>{s.tryTerms()}</span>
      {terms.map((term) => (
        <button key={term} type="button" className={styles.chip} onClick={() => setQuery(term)}>
          {term}
        </button>
      ))}
    </div>
  );

  let body: ReactNode;
  if (!query.trim()) {
    body = (
      <>
        {recent.length > 0 ? (
          <div className={styles.recent}>
            <div className={styles.recentHeader}>
              <span className={styles.groupTitle}>{s.recent()}</span>
              <button
                type="button"
                className={styles.linkButton}
                onClick={() => {
                  clearRecentSearches();
                  setRecent([]);
                }}
              >
                {s.clearRecent()}
              </button>
            </div>
            <ul className={styles.hitList}>
              {recent.map((q) => (
                <li key={q}>
                  <button type="button" className={styles.recentItem} onClick={() => setQuery(q)}>
                    {q}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {suggestions}
      </>
    );
  } else if (state.status === 'error') {
    body = <p className={styles.message}>{s.error()}</p>;
  } else if (state.hits.length > 0 || state.otherHits.length > 0) {
    body = (
      <>
        {state.hits.length === 0 ? <p className={styles.message}>{s.otherLocale()}</p> : null}
        <ResultList
          hits={state.hits.length > 0 ? state.hits : state.otherHits}
          idPrefix="search-modal"
          active={active}
          listbox
          otherLocale={showingOther}
          label={s.resultsLabel()}
          onSelect={open}
          onHover={setActive}
        />
      </>
    );
  } else if (state.status === 'done' && state.query === query.trim()) {
    body = (
      <>
        <p className={styles.message}>{s.noResults(query.trim())}</p>
        {suggestions}
      </>
    );
  } else {
    body = (
      <p className={styles.message} aria-live="polite">
        {s.loading()}
      </p>
    );
  }

  return createPortal(
    // biome-ignore lint/a11y/noStaticElementInteractions: the backdrop closes on click; Escape does the same from the keyboard.
    <div
      className={styles.backdrop}
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={dialog}
        className={styles.modal}
        role="dialog"
        aria-modal="true"
        aria-label={s.dialogLabel()}
        onKeyDown={onKeyDown}
      >
        {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet known to every browser the site supports. */}
        <form role="search" className={styles.form} onSubmit={(event) => event.preventDefault()}>
          <svg className={styles.icon} viewBox="0 0 20 20" aria-hidden="true">
            <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l4.14 4.15-1.06 1.06-4.15-4.14A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" />
          </svg>
          <input
            ref={input}
            // Focus in the same commit that replaces the loading box: no keystroke falls in between.
            // biome-ignore lint/a11y/noAutofocus: the reader opened the search dialog to type in it.
            autoFocus
            className={styles.input}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={s.placeholder()}
            aria-label={s.dialogLabel()}
            role="combobox"
            aria-expanded={shown.length > 0}
            aria-controls="search-modal-list"
            aria-autocomplete="list"
            aria-activedescendant={shown.length > 0 ? `search-modal-option-${active}` : undefined}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
          />
          {/* Named "Fechar, Esc": the visible "Esc" is part of the name (WCAG 2.5.3, label in name). */}
          <button
            type="button"
            className={styles.closeButton}
            onClick={onClose}
            aria-label={`${s.close()}, Esc`}
          >
            Esc
          </button>
        </form>
        {/* The result list scrolls; the options are not focusable (the input drives them), so the
            region itself takes focus for keyboard scrolling (axe scrollable-region-focusable). */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
        <div className={styles.body} tabIndex={0}>
          {body}
        </div>
        <div className={styles.footer}>
          {query.trim() ? (
            <Link to={seeAllUrl} onClick={() => onClose()} className={styles.seeAll}>
              {s.seeAll(query.trim())}
            </Link>
          ) : (
            <span />
          )}
          <span className={styles.hints} aria-hidden="true">
            <kbd>↑</kbd>
            <kbd>↓</kbd> {s.hintNavigate()} <kbd>↵</kbd> {s.hintOpen()} <kbd>Esc</kbd> {s.hintClose()}
          </span>
          <span className={styles.powered}>
            {provider === 'algolia' ? s.poweredAlgolia() : s.poweredLocal()}
          </span>
        </div>
      </div>
    </div>,
    document.body,
  );
}
