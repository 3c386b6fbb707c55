import { comparePartialDates, dateInterval } from './dates.js';
import type {
  ArmsCategory,
  ArmsDeal,
  ArmsDealStatus,
  Dataset,
  Event,
  PartialDate,
  Polity,
  Provenance,
  Quantity,
  Visit,
  VisitLevel,
} from './types.js';

/** How many years a period spans when counting: 1 (years), 5, 10 (decades), or any other whole number. */
export type Bin = number;

/** The first year of the period a date falls in: `periodOf('1974-10', 10)` → 1970. `null` for invalid dates. */
export function periodOf(date: PartialDate, bin: Bin = 1): number | null {
  if (!dateInterval(date)) return null;
  const size = Math.max(1, Math.floor(bin));
  // A valid partial date starts with its year (YYYY, YYYY-MM or YYYY-MM-DD): no Date needed.
  return Math.floor(Number.parseInt(date, 10) / size) * size;
}

/** One cell of {@link countVisits}: visits in one period, one direction, at one level. */
export interface VisitCount {
  /** First year of the period. */
  period: number;
  from: Polity;
  to: Polity;
  level: VisitLevel;
  count: number;
  /** Ids of the visits counted. */
  visits: string[];
}

/**
 * Visits counted per period, direction and level, oldest first. Visits
 * with an invalid date are not counted.
 *
 * @example countVisits(visits, 10) // per decade
 */
export function countVisits(visits: readonly Visit[], bin: Bin = 1): VisitCount[] {
  const cells = new Map<string, VisitCount>();
  for (const v of visits) {
    const period = periodOf(v.start, bin);
    if (period === null) continue;
    const key = `${period}|${v.from}|${v.to}|${v.level}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { period, from: v.from, to: v.to, level: v.level, count: 0, visits: [] };
      cells.set(key, cell);
    }
    cell.count += 1;
    cell.visits.push(v.id);
  }
  return [...cells.values()].sort(
    (a, b) => a.period - b.period || `${a.from}${a.to}${a.level}`.localeCompare(`${b.from}${b.to}${b.level}`),
  );
}

/** Visits counted per year, direction and level. */
export const visitsPerYear = (visits: readonly Visit[]): VisitCount[] => countVisits(visits, 1);
/** Visits counted per decade, direction and level. */
export const visitsPerDecade = (visits: readonly Visit[]): VisitCount[] => countVisits(visits, 10);

/** One cell of {@link countArmsDeals}: deals in one period, status and weapon category. */
export interface ArmsCount {
  period: number;
  status: ArmsDealStatus;
  category: ArmsCategory;
  /** Deals with at least one item in this category. */
  deals: number;
  /** Items summed where sources give quantities; a range when any of them is one. */
  quantity: Quantity;
  /** Ids of the deals counted. */
  ids: string[];
}

const addQuantity = (a: Quantity, b: Quantity | undefined): Quantity => {
  if (b === undefined) return a;
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  const lo = (q: Quantity) => (typeof q === 'number' ? q : q.min);
  const hi = (q: Quantity) => (typeof q === 'number' ? q : q.max);
  return { min: lo(a) + lo(b), max: hi(a) + hi(b) };
};

/**
 * Arms deals counted per period, status and weapon category, oldest first.
 * A deal with items in two categories counts in both. Totals over a period
 * (records with `end`) are left out: they are not deals of one year. So
 * is a record that continues another (`continues`): it is counted once,
 * with the record it continues.
 */
export function countArmsDeals(deals: readonly ArmsDeal[], bin: Bin = 1): ArmsCount[] {
  const cells = new Map<string, ArmsCount>();
  for (const deal of deals) {
    // Totals over a period are not deals of one year; a later stage of a deal is counted with the deal.
    if (deal.end !== undefined || deal.continues !== undefined) continue;
    const period = periodOf(deal.date, bin);
    if (period === null) continue;
    const seen = new Set<string>();
    for (const item of deal.items) {
      const key = `${period}|${deal.status}|${item.category}`;
      let cell = cells.get(key);
      if (!cell) {
        cell = { period, status: deal.status, category: item.category, deals: 0, quantity: 0, ids: [] };
        cells.set(key, cell);
      }
      cell.quantity = addQuantity(cell.quantity, item.quantity);
      if (!seen.has(key)) {
        seen.add(key);
        cell.deals += 1;
        cell.ids.push(deal.id);
      }
    }
  }
  return [...cells.values()].sort(
    (a, b) => a.period - b.period || a.status.localeCompare(b.status) || a.category.localeCompare(b.category),
  );
}

/** Arms deals counted per year, status and category. */
export const dealsPerYear = (deals: readonly ArmsDeal[]): ArmsCount[] => countArmsDeals(deals, 1);

/**
 * Events that overlap a period, oldest first: `eventsBetween(events, '1955', '1991')`
 * includes everything from 1 January 1955 to 31 December 1991.
 */
export function eventsBetween(events: readonly Event[], from: PartialDate, to: PartialDate): Event[] {
  const a = dateInterval(from);
  const b = dateInterval(to);
  if (!a || !b) return [];
  return events
    .filter((e) => {
      const start = dateInterval(e.start);
      const end = e.end ? dateInterval(e.end) : start;
      return !!start && !!end && start.start < b.end && a.start < end.end;
    })
    .sort((x, y) => comparePartialDates(x.start, y.start));
}

/** A record whose sources disagree, with its collection. */
export interface DisputedRecord {
  collection: Exclude<keyof Dataset, 'sources'>;
  record: Provenance & { id: string };
}

/** Every record marked `disputed`, collection by collection: the fact-checker's worklist. */
export function disputedRecords(dataset: Dataset): DisputedRecord[] {
  const collections = ['people', 'tenures', 'visits', 'armsDeals', 'events'] as const;
  return collections.flatMap((collection) =>
    (dataset[collection] as (Provenance & { id: string })[])
      .filter((r) => r.confidence === 'disputed')
      .map((record) => ({ collection, record })),
  );
}
