import { type ScaleTime, scaleUtc } from 'd3-scale';
import { dateInterval } from '../../data/dates.js';
import type { PartialDate } from '../../data/types.js';
import { fewerTicks } from './fewerTicks.js';
import { formatYear, intlTag, type Locale } from './locale.js';
import { FONT_SIZE } from './sizes.js';

/** A period to show: partial dates (`['1955', '1991']`) or UTC milliseconds; either end may be open. */
export type Domain = readonly [
  PartialDate | number | Date | null | undefined,
  PartialDate | number | Date | null | undefined,
];

const asTime = (value: PartialDate | number | Date | null | undefined, end: boolean): number | null => {
  if (value == null) return null;
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : null;
  // Only instants a Date can hold (±8.64e15 ms); past them years are NaN.
  if (typeof value === 'number') return Number.isFinite(new Date(value).getTime()) ? value : null;
  const interval = dateInterval(value);
  // '1991' as an end means "to the end of 1991".
  return interval ? (end ? interval.end : interval.start) : null;
};

/** The period in milliseconds: the `domain` asked for, filling open ends from the data's own extent. */
export function resolveDomain(domain: Domain | undefined, extent: readonly [number, number]): [number, number] {
  const from = asTime(domain?.[0], false) ?? extent[0];
  const to = asTime(domain?.[1], true) ?? extent[1];
  return from < to ? [from, to] : [extent[0], extent[1]];
}

/**
 * The one time-to-pixel mapping of every chart: a d3 UTC time scale, taking a
 * `Date` or UTC milliseconds. Every layout hands it out as `layout.time`, so
 * `layout.time(new Date('1980-10-08'))` is where that day falls on any chart.
 */
export type TimeScale = ScaleTime<number, number>;

/** A time scale over the plot; in right-to-left locales time runs from right to left. */
export function timeScale(domain: readonly [number, number], left: number, right: number, rtl: boolean): TimeScale {
  return scaleUtc<number>()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range(rtl ? [right, left] : [left, right]);
}

/**
 * The time scale of a chart drawn in periods of whole years (bars or cells per
 * year, five years or decade): 1 January of `firstYear` falls at `from`, 1 January
 * of `endYear` (the year after the last period) at `to`. Pass `from > to` where
 * time runs right to left.
 */
export function periodTimeScale(firstYear: number, endYear: number, from: number, to: number): TimeScale {
  return scaleUtc<number>()
    .domain([new Date(newYear(firstYear)), new Date(newYear(endYear))])
    .range([from, to]);
}

/** 1 January of `year`, UTC ms; years 0–99 too (Date.UTC reads them as 1900–1999). */
export function newYear(year: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date.getTime();
}

/** The year as a fraction, from UTC ms: 1 July 1971 is about 1971.5. */
export function yearFraction(time: number): number {
  const year = new Date(time).getUTCFullYear();
  const start = newYear(year);
  const end = newYear(year + 1);
  return year + (time - start) / (end - start);
}

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A tick label: the year on 1 January, else month and year, in the locale's digits. */
export function formatTick(date: Date, locale: Locale): string {
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return formatYear(date.getUTCFullYear(), locale);
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag(locale), { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(date);
}

/** How many ticks a time axis starts from for a plot width (see {@link timeTicks}). */
export const tickCount = (width: number): number => Math.max(2, Math.floor(width / 70));

/**
 * A time axis's ticks (and its grid's lines) for a plot width: as many as
 * {@link tickCount} allows, fewer until no two labels, in the locale's
 * words ("окт. 2015 г."), come near each other.
 */
export function timeTicks(scale: TimeScale, width: number, locale: Locale, fontSize = FONT_SIZE): Date[] {
  return fewerTicks(
    tickCount(width),
    (n) => scale.ticks(n),
    scale,
    (tick) => formatTick(tick, locale),
    fontSize,
    2,
  );
}
