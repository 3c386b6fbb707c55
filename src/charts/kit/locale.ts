import { parsePartialDate } from '../../data/dates.js';
import type { LocalizedText, PartialDate } from '../../data/types.js';

/** The languages every chart speaks. `ar` lays out right to left. */
export type Locale = 'en' | 'ar' | 'ru';

/** The locales the package speaks. */
export const LOCALES: readonly Locale[] = ['en', 'ar', 'ru'];

/**
 * The BCP 47 tag behind each locale for `Intl`: British English dates,
 * Syrian Arabic with Arabic-Indic digits (as Syrian newspapers print them), Russian.
 */
export const intlTag = (locale: Locale): string =>
  locale === 'ar' ? 'ar-SY-u-nu-arab' : locale === 'ru' ? 'ru' : 'en-GB';

/** Text direction of a locale. */
export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

/** Picks the text in `locale`, falling back to English. */
export const localize = (text: LocalizedText, locale: Locale): string => {
  // A desk's own data may hold anything here: only text is printed.
  const value = [text?.[locale], text?.en].find((t) => typeof t === 'string');
  return value ?? '';
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a partial date in a locale at its own precision, never inventing
 * a day or month: `'1971'` → "1971", `'1971-02'` → "February 1971",
 * `'1971-02-22'` → "22 February 1971" (en), "22 февраля 1971 г." (ru).
 * Invalid input comes back unchanged, so it stays visible.
 */
export function formatPartialDate(value: PartialDate, locale: Locale = 'en'): string {
  const key = `${locale}|${value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatUncached(value, locale);
    if (formatted.size >= 50_000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

// A chart formats the same dates for labels, tooltips and its table: keep the results.
const formatted = new Map<string, string>();

function formatUncached(value: PartialDate, locale: Locale): string {
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
    format = new Intl.DateTimeFormat(intlTag(locale), options);
    formatters.set(key, format);
  }
  const date = new Date(Date.UTC(2000, (parts.month ?? 1) - 1, parts.day ?? 1));
  date.setUTCFullYear(parts.year);
  return format.format(date);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const plainFormats = new Map<Locale, Intl.NumberFormat>();
const yearFormats = new Map<Locale, Intl.NumberFormat>();

/** A locale's number format (cached: building one is slow). `ar` uses Arabic-Indic digits. */
export function numberFormat(locale: Locale, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  // Charts ask for the plain format once per label: skip building a key for it.
  if (!options) {
    let plain = plainFormats.get(locale);
    if (!plain) {
      plain = new Intl.NumberFormat(intlTag(locale));
      plainFormats.set(locale, plain);
    }
    return plain;
  }
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlTag(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A year as the locale writes it, without a thousands separator: 1980, ١٩٨٠. */
export function formatYear(year: number, locale: Locale): string {
  let format = yearFormats.get(locale);
  if (!format) {
    format = numberFormat(locale, { useGrouping: false });
    yearFormats.set(locale, format);
  }
  return format.format(year);
}

/**
 * The time between two instants in calendar words: "29 years 2 months",
 * "11 months", "2 days" (whole units, counted on the UTC calendar).
 */
export function formatDuration(
  from: number,
  to: number,
  words: { years: (n: number) => string; months: (n: number) => string; days: (n: number) => string },
): string {
  const a = new Date(from);
  const b = new Date(to);
  const months =
    (b.getUTCFullYear() - a.getUTCFullYear()) * 12 +
    (b.getUTCMonth() - a.getUTCMonth()) -
    (b.getUTCDate() < a.getUTCDate() ? 1 : 0);
  const years = Math.floor(months / 12);
  if (years >= 1) return months % 12 ? `${words.years(years)} ${words.months(months % 12)}` : words.years(years);
  return months >= 1 ? words.months(months) : words.days(Math.max(1, Math.round((to - from) / 86_400_000)));
}

const amountTexts = new Map<string, Map<number | string, string>>();

/** A number or a reported range `{ min, max }`. */
type Amount = number | { min: number; max: number };

/**
 * An amount as the locale writes it, a range kept as a range: compact
 * `$700m`, `700 млн $`, `٧٠٠ مليون US$` with `currency: 'USD'`; `400–500`
 * without; `exact` for every digit (quantities in tables: `5,000` tanks).
 */
export function formatAmount(
  amount: Amount,
  locale: Locale,
  { currency, exact = false }: { currency?: 'USD'; exact?: boolean } = {},
): string {
  // Tables format thousands of amounts, mostly the same few: keep the results per format.
  const key = `${locale}|${currency ?? ''}|${exact}`;
  let cache = amountTexts.get(key);
  if (!cache) {
    cache = new Map();
    amountTexts.set(key, cache);
  }
  const id = typeof amount === 'number' ? amount : `${amount.min}|${amount.max}`;
  let text = cache.get(id);
  if (text === undefined) {
    const format = numberFormat(locale, {
      ...(exact ? {} : { notation: 'compact', maximumSignificantDigits: 3 }),
      ...(currency ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol' } : {}),
    });
    text = amountText(format, amount);
    if (cache.size >= 10_000) cache.clear();
    cache.set(id, text);
  }
  return text;
}

function amountText(format: Intl.NumberFormat, amount: Amount): string {
  if (typeof amount === 'number') return format.format(amount);
  if (amount.min === amount.max) return format.format(amount.min);
  // formatRange shares the unit ("$400–500m"); browsers before 2023 lack it.
  const ranged = format as Intl.NumberFormat & { formatRange?: (a: number, b: number) => string };
  return ranged.formatRange
    ? ranged.formatRange(amount.min, amount.max)
    : `${format.format(amount.min)}–${format.format(amount.max)}`;
}

/** The comma and semicolon that join lists in a locale (Arabic has its own: ، and ؛). */
export const separators = (locale: Locale): { comma: string; semicolon: string } =>
  locale === 'ar' ? { comma: '، ', semicolon: '؛ ' } : { comma: ', ', semicolon: '; ' };
