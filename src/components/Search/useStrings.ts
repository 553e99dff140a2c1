import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { navbarSearchStrings, type SearchStrings, searchStringsFor } from './strings';

/** The dialog's and the results page's words (strings.ts, and the navbar's) in the site's current locale. */
export function useSearchStrings(): SearchStrings & typeof navbarSearchStrings {
  return { ...searchStringsFor(useDocusaurusContext().i18n.currentLocale), ...navbarSearchStrings };
}
