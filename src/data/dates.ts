import type { DatePrecision, PartialDate } from './types.js';

/** A {@link PartialDate} taken apart. Months and days count from 1. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

/**
 * The span of time a partial date covers, as UTC milliseconds.
 * `start` is the first instant, `end` the first instant after it:
 * `'1971'` covers 1971-01-01 to 1972-01-01, `'1971-02-22'` one day.
 */
export interface DateInterval {
  start: number;
  end: number;
  precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a partial ISO date. Returns `null` for anything malformed or
 * impossible (`'1971-13'`, `'1971-02-30'`, `'71'`, `'1971-2-3'`).
 */
export function parsePartialDate(value: unknown): DateParts | null {
  if (typeof value !== 'string') return null;
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (!match[2]) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (!match[3]) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

/** True when `value` is a well-formed, possible partial date. */
export function isPartialDate(value: unknown): value is PartialDate {
  return parsePartialDate(value) !== null;
}

/** How precisely a partial date is known, or `null` when it is not one. */
export function datePrecision(value: PartialDate): DatePrecision | null {
  return parsePartialDate(value)?.precision ?? null;
}

// Charts read the same dates many times per render; parsing is most of the cost.
const intervals = new Map<unknown, Readonly<DateInterval> | null>();
const CACHE_LIMIT = 50_000;

/** Turns a partial date into the interval it covers, or `null` when invalid. The result is shared: do not modify it. */
export function dateInterval(value: PartialDate): Readonly<DateInterval> | null {
  let interval = intervals.get(value);
  if (interval === undefined) {
    interval = computeInterval(value);
    if (intervals.size >= CACHE_LIMIT) intervals.clear();
    intervals.set(value, interval);
  }
  return interval;
}

function computeInterval(value: PartialDate): DateInterval | null {
  const parts = parsePartialDate(value);
  if (!parts) return null;
  const { year, month, day, precision } = parts;
  const at = (y: number, m: number, d: number) => {
    const time = Date.UTC(y, m, d);
    if (y >= 100) return time;
    // Date.UTC reads years 0–99 as 1900–1999.
    const date = new Date(time);
    date.setUTCFullYear(date.getUTCFullYear() - 1900);
    return date.getTime();
  };
  if (precision === 'year') return { start: at(year, 0, 1), end: at(year + 1, 0, 1), precision };
  if (precision === 'month') {
    const m = (month as number) - 1;
    return { start: at(year, m, 1), end: at(year, m + 1, 1), precision };
  }
  const m = (month as number) - 1;
  return { start: at(year, m, day as number), end: at(year, m, (day as number) + 1), precision };
}

/**
 * The interval from the start of `start` to the end of `end` (or to `today`
 * when `end` is `null`, i.e. still ongoing). `null` when either is invalid.
 */
export function spanInterval(
  start: PartialDate,
  end: PartialDate | null | undefined,
  today: Date = new Date(),
): { start: number; end: number } | null {
  const from = dateInterval(start);
  if (!from) return null;
  if (end == null) return { start: from.start, end: Math.max(from.end, today.getTime()) };
  const to = dateInterval(end);
  if (!to) return null;
  return { start: from.start, end: to.end };
}

/**
 * Orders partial dates by their first instant, the less precise first on a
 * tie (`'1971'` before `'1971-01'` before `'1971-01-01'`). Invalid dates sort last.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const x = dateInterval(a);
  const y = dateInterval(b);
  if (!x || !y) return x ? -1 : y ? 1 : 0;
  return x.start - y.start || y.end - x.end;
}

/** Today's date as a day-precision partial date (UTC). */
export function todayPartialDate(today: Date = new Date()): PartialDate {
  return today.toISOString().slice(0, 10);
}
