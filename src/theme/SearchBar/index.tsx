/**
 * The navbar search box. Only this button ships with every page; the dialog, the engine and the
 * index load on first use (focus or hover starts the download, so results are ready when typing
 * begins). Ctrl/⌘+K or `/` (outside a text field) opens it from anywhere.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  lazy,
  type ReactNode,
  Suspense,
  startTransition,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { navbarSearchStrings as s } from '../../components/Search/strings';
import type { SearchConfig } from '../../search/types';
import styles from './styles.module.css';

// Everything heavy is behind these two dynamic imports (separate chunks).
const loadModal = () => import('../../components/Search/SearchModal');
const SearchModal = lazy(loadModal);
const loadClient = () => import('../../search/client');

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

export default function SearchBar(): ReactNode {
  const [open, setOpen] = useState(false);
  // What the reader types while the dialog's code is still loading, handed to the dialog when it opens.
  const typedWhileLoading = useRef('');
  // Shortcuts work once React has hydrated the page; tests and scripts wait for this mark. Set in a
  // transition, like the other updates right after hydration (plugins/deferred-updates): an ordinary
  // update would join them in one render that does not yield.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => startTransition(() => setHydrated(true)), []);
  const { siteConfig, i18n } = useDocusaurusContext();
  const config = (siteConfig.customFields?.search ?? { provider: 'local' }) as SearchConfig;
  const locale = i18n.currentLocale === 'en' ? 'en' : 'pt-BR';
  const preload = useCallback(() => {
    void loadModal();
    void loadClient().then(({ getSearcher }) => getSearcher(config, locale).preload());
  }, [config, locale]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      if (shortcut || (event.key === '/' && !isTyping(event.target))) {
        event.preventDefault();
        preload();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [preload]);

  return (
    <>
      <button
        type="button"
        className={styles.searchButton}
        // Named by its visible word (WCAG 2.5.3, label in name); the shortcuts are announced separately.
        aria-keyshortcuts="Control+K /"
        aria-haspopup="dialog"
        data-hydrated={hydrated}
        onClick={() => {
          preload();
          setOpen(true);
        }}
        onFocus={preload}
        onMouseEnter={preload}
        onTouchStart={preload}
      >
        <svg className={styles.icon} viewBox="0 0 20 20" aria-hidden="true">
          <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l4.14 4.15-1.06 1.06-4.15-4.14A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" />
        </svg>
        <span className={styles.searchButtonText}>{s.button()}</span>
        <span className={styles.searchButtonKey} aria-hidden="true">
          <kbd>Ctrl K</kbd>
        </span>
      </button>
      {open ? (
        <Suspense
          fallback={
            <div className={styles.loadingBackdrop}>
              <input
                className={styles.loadingInput}
                type="search"
                aria-label={s.dialogLabel()}
                placeholder={s.placeholder()}
                // biome-ignore lint/a11y/noAutofocus: the reader asked for the search box; typing must land in it.
                autoFocus
                onChange={(event) => {
                  typedWhileLoading.current = event.target.value;
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') setOpen(false);
                }}
              />
            </div>
          }
        >
          <SearchModal
            typedBefore={typedWhileLoading}
            onClose={() => {
              typedWhileLoading.current = '';
              setOpen(false);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
