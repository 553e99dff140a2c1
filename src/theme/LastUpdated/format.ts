/**
 * "Last updated on <date>" without Intl in the browser: the first `new Intl.DateTimeFormat` of a page
 * loads the locale's ICU data, 50–250 ms of main thread on a desktop CPU (measured in Chromium),
 * paid during hydration of every guide page. The site's two locales need one short date format, so
 * it is written out here; tests/theme/last-updated.test.ts checks it against Intl, month by month.
 * Other locales fall back to Intl, as the theme did.
 */
const MONTHS: Record<string, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  'pt-BR': ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'],
};

/** The theme's format: `{ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }`. */
export function formatLastUpdated(date: Date, locale: string): string {
  const day = date.getUTCDate();
  const year = date.getUTCFullYear();
  const months = MONTHS[locale];
  if (!months) {
    return new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  }
  const month = months[date.getUTCMonth()];
  return locale === 'en' ? `${month} ${day}, ${year}` : `${day} de ${month} de ${year}`;
}
