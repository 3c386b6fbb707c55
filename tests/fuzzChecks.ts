/** What every fuzzed render must hold to, whatever it was given. */
import { expect } from 'vitest';
import type { DroppedRecord } from '../src/charts/kit/guard';
import { dateInterval } from '../src/data/dates';
import { type Entry, nameOf } from './arbitraries';

/** Years a `domain` or `coverage` prop asks for beyond the data (a heatmap draws every period asked, data or not). */
export const yearsAsked = (...periods: unknown[]): number => {
  let years = 0;
  for (const period of periods) {
    if (!Array.isArray(period)) continue;
    const yearOf = (end: unknown, fallback: number) => {
      const at = typeof end === 'string' ? dateInterval(end)?.start : end instanceof Date ? end.getTime() : end;
      const year = typeof at === 'number' ? new Date(at).getUTCFullYear() : Number.NaN;
      return Number.isFinite(year) ? year : fallback;
    };
    const from = yearOf(period[0], 1900);
    const to = yearOf(period[1], 2030);
    years = Math.max(years, Math.abs(to - from) + 1);
  }
  return years;
};

/**
 * The most markup a chart may write: a frame, a share per record, per pixel of the width it can show
 * (10,000 at most), and per year asked for in each row of records.
 */
export const markupBound = (records: number, width: unknown, years = 0) => {
  const w = typeof width === 'number' && width > 0 ? Math.min(width, 10_000) : 1000;
  return 200_000 + 3_000 * records + 60 * w + 300 * years * Math.min(records, 20);
};

/** Attribute text as written by React or jsdom, read back. */
const fromHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');

/** The checks every render must pass; the names it must give are those of records made undrawable. */
export function checkRender(html: string, calls: (readonly DroppedRecord[])[], collection: string, list: Entry[]) {
  expect(html).not.toMatch(/NaN|Infinity/);
  // One call each for the records, the annotations and the markers left out.
  expect(calls.length).toBeLessThanOrEqual(3);
  const named = new Set(calls.flat().map((p) => p.id));
  const unnamed = list
    .map((e, i) => (e.mustDrop ? nameOf(collection, e.record, i) : null))
    .filter((n): n is string => n !== null && !named.has(n));
  expect(unnamed, 'records that cannot be drawn but were not named').toEqual([]);
  for (const p of calls.flat()) expect(typeof p.field === 'string' && typeof p.message === 'string').toBe(true);
  // What is drawn is what was given (data-records lists ids separated by spaces).
  const given = new Set(
    list.flatMap((e) => {
      const id = (e.record as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? id.split(/\s+/) : [];
    }),
  );
  const drawn = /class="dm-marks"[^>]*data-records="([^"]*)"/.exec(html)?.[1] ?? '';
  for (const id of fromHtml(drawn).split(/\s+/).filter(Boolean)) expect(given.has(id), `drawn ${id}`).toBe(true);
}
