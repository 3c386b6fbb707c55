import { parsePartialDate } from '../../data/dates.js';
import type { LocalizedText, PartialDate } from '../../data/types.js';

/** The languages every chart speaks. `ar` lays out right to left. */
export type Locale = 'en' | 'ar' | 'ru';

/** Text direction of a locale. */
export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

/** Picks the text in `locale`, falling back to English. */
export const localize = (text: LocalizedText, locale: Locale): string => text[locale] ?? text.en;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a partial date in a locale at its own precision, never inventing
 * a day or month: `'1971'` → "1971", `'1971-02'` → "February 1971",
 * `'1971-02-22'` → "22 February 1971" (en), "22 февраля 1971 г." (ru).
 * Invalid input comes back unchanged, so it stays visible.
 */
export function formatPartialDate(value: PartialDate, locale: Locale = 'en'): string {
  const parts = parsePartialDate(value);
  if (!parts) return String(value);
  const key = `${locale}|${parts.precision}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      parts.precision === 'year'
        ? { year: 'numeric', timeZone: 'UTC' }
        : parts.precision === 'month'
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, options);
    formatters.set(key, format);
  }
  const date = new Date(Date.UTC(2000, (parts.month ?? 1) - 1, parts.day ?? 1));
  date.setUTCFullYear(parts.year);
  return format.format(date);
}
