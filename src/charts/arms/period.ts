import { dateInterval } from '../../data/dates.js';
import type { ArmsDeal, ArmsDealStatus } from '../../data/types.js';
import { type Domain, resolveDomain } from '../kit/timeScale.js';
import type { ArmsKind, ArmsMeasure } from './layout.js';
import type { ArmsWords } from './words.js';

/** The deals an arms chart shows, the years asked for (null where open) and the years the deals shown reach. */
export interface DealsInYears {
  shown: readonly ArmsDeal[];
  years: readonly [number | null, number | null];
  /** For labelling periods as far as the deals go: the years asked for, open ends filled from the deals. */
  reach: [number, number];
}

/**
 * The deals in the years asked for (a total over several years when it overlaps them) and of the
 * statuses asked for; the list itself where nothing narrows it.
 */
export function dealsInYears(
  valid: readonly ArmsDeal[],
  statuses: readonly ArmsDealStatus[] | undefined,
  domain: Domain | undefined,
): DealsInYears {
  // Open ends stay open (infinite): the deals' own years fill them in below.
  const [a, b] = resolveDomain(domain, [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]);
  const from = Number.isFinite(a) ? new Date(a).getUTCFullYear() : null;
  const to = Number.isFinite(b) ? new Date(b - 1).getUTCFullYear() : null;
  const inPeriod = (d: ArmsDeal) => {
    const a = dateInterval(d.date);
    const b = d.end === undefined ? a : dateInterval(d.end);
    if (!a || !b) return false;
    const y0 = new Date(a.start).getUTCFullYear();
    const y1 = new Date(b.end - 1).getUTCFullYear();
    return (from === null || y1 >= from) && (to === null || y0 <= to);
  };
  const list =
    statuses || from !== null || to !== null
      ? valid.filter((d) => (!statuses || statuses.includes(d.status)) && inPeriod(d))
      : valid;
  // The years the deals shown reach, for labelling periods as far as they go.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const d of list) {
    const a = dateInterval(d.date);
    if (!a) continue;
    const y = new Date(a.start).getUTCFullYear();
    if (y < first) first = y;
    if (y > last) last = y;
  }
  const reach: [number, number] = [from ?? first, to ?? last];
  return { shown: list, years: [from, to] as const, reach };
}

/** What the values count, printed above the value axis, with the kinds shown where only some are. */
export function unitText(
  arms: ArmsWords,
  measure: ArmsMeasure,
  kinds: readonly ArmsKind[] | undefined,
  comma: string,
): string {
  return kinds?.length
    ? `${arms.unit[measure]}${comma}${kinds.map((k) => arms.kinds[k] ?? k).join(comma)}`
    : arms.unit[measure];
}
