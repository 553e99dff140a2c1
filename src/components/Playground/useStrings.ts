import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { type PlaygroundStrings, stringsFor } from './strings';

/** The playground's words (strings.ts) in the site's current locale. */
export function usePlaygroundStrings(): PlaygroundStrings {
  return stringsFor(useDocusaurusContext().i18n.currentLocale);
}
