/** Hits grouped by page: the page title, then each section with its heading path and excerpt. */
import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import { groupByPage } from '../../search/group';
import type { SearchHit } from '../../search/types';
import Highlighted from './Highlighted';
import styles from './styles.module.css';

export interface ResultListProps {
  hits: readonly SearchHit[];
  /** Id prefix of the options, for aria-activedescendant in the modal. */
  idPrefix: string;
  /** Index (in `hits` order after grouping) of the option the keyboard is on, or -1. */
  active?: number;
  onSelect?: (hit: SearchHit) => void;
  onHover?: (index: number) => void;
  /** In the modal the list is a listbox driven by the input; on the results page it is plain links. */
  listbox?: boolean;
  /**
   * Hits of the other locale: another single-page app, so plain links that load the page (a router
   * link would also prefix the current locale's base URL).
   */
  otherLocale?: boolean;
  label: string;
}

/** The hits in the order the UI shows them (grouped by page), so keyboard indices match the screen. */
export function orderedHits(hits: readonly SearchHit[]): SearchHit[] {
  return groupByPage(hits).flatMap((group) => group.hits);
}

export default function ResultList({
  hits,
  idPrefix,
  active = -1,
  onSelect,
  onHover,
  listbox = false,
  otherLocale = false,
  label,
}: ResultListProps): ReactNode {
  let index = -1;
  return (
    <div
      className={styles.results}
      id={`${idPrefix}-list`}
      {...(listbox ? { role: 'listbox', 'aria-label': label } : {})}
    >
      {groupByPage(hits).map((group) => (
        <div
          key={group.url}
          className={styles.group}
          {...(listbox ? { role: 'group', 'aria-label': group.page } : {})}
        >
          <div className={styles.groupTitle} aria-hidden={listbox ? true : undefined}>
            {group.page}
            {group.hits[0].section ? (
              <span className={styles.groupSection}>{group.hits[0].section}</span>
            ) : null}
          </div>
          <ul className={styles.hitList} role={listbox ? 'presentation' : undefined}>
            {group.hits.map((hit) => {
              index += 1;
              const i = index;
              const title = hit.headings.length > 0 ? hit.headings.join(' › ') : hit.page;
              const content = (
                <>
                  <span className={styles.hitTitle}>{title}</span>
                  {hit.excerpt ? (
                    <span className={styles.hitExcerpt}>
                      <Highlighted text={hit.excerpt} ranges={hit.highlights} />
                    </span>
                  ) : null}
                </>
              );
              return (
                <li
                  key={hit.url}
                  id={`${idPrefix}-option-${i}`}
                  {...(listbox ? { role: 'option', 'aria-selected': i === active } : {})}
                  className={i === active ? `${styles.hit} ${styles.hitActive}` : styles.hit}
                  onMouseMove={onHover ? () => onHover(i) : undefined}
                >
                  {listbox ? (
                    // An option holds no link (a focusable element inside an option is invisible to
                    // screen readers' listbox navigation): the modal opens the hit on click or Enter.
                    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox's input handles the keys
                    // biome-ignore lint/a11y/noStaticElementInteractions: the option (its parent) is the control
                    <div className={styles.hitLink} data-href={hit.url} onClick={() => onSelect?.(hit)}>
                      {content}
                    </div>
                  ) : otherLocale ? (
                    <a href={hit.url} className={styles.hitLink}>
                      {content}
                    </a>
                  ) : (
                    <Link
                      to={hit.url}
                      className={styles.hitLink}
                      onClick={onSelect ? () => onSelect(hit) : undefined}
                    >
                      {content}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
