// The "last updated" date of the docs pages reads exactly as the theme's Intl.DateTimeFormat wrote it,
// in both locales, for every month (src/theme/LastUpdated/format.ts avoids Intl in the browser).
import { describe, expect, it } from 'vitest';
import { formatLastUpdated } from '../../src/theme/LastUpdated/format';

const intl = (date: Date, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);

describe('last updated date', () => {
  for (const locale of ['pt-BR', 'en']) {
    it(`matches Intl in ${locale} for every month, single- and double-digit days, in UTC`, () => {
      for (let month = 0; month < 12; month++) {
        for (const [day, hour] of [
          [1, 0],
          [9, 12],
          [28, 23],
        ]) {
          const date = new Date(Date.UTC(2025 + (month % 2), month, day, hour, 59));
          expect(formatLastUpdated(date, locale)).toBe(intl(date, locale));
        }
      }
    });
  }

  it('falls back to Intl for a locale it has no table for', () => {
    const date = new Date(Date.UTC(2026, 2, 5));
    expect(formatLastUpdated(date, 'fr')).toBe(intl(date, 'fr'));
  });
});
