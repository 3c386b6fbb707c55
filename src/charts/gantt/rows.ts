import { DAY } from '../kit/sizes.js';

/**
 * Rows within a lane. Indices everywhere: `from[i]`, `to[i]` and the like
 * are the i-th bar's times, kept in plain arrays of numbers beside the bars,
 * and the sorts compare them inline, with no comparator to call: a lane of
 * a dense chart sorts thousands of bars twice per render.
 */

/** Sort keys by index; `c` and `d` may be empty (no such key). */
interface Keys {
  a: ArrayLike<number>;
  b: ArrayLike<number>;
  c: ArrayLike<number>;
  d: ArrayLike<number>;
  /** Ties on every key go by the index itself, not by where the index stood. */
  byIndex: boolean;
}

const NONE: readonly number[] = [];

/** -1, 0 or 1 as index `i` comes before, with or after `j`. */
function order(i: number, j: number, keys: Keys): number {
  let x = keys.a[i];
  let y = keys.a[j];
  if (x !== y) return x < y ? -1 : 1;
  x = keys.b[i];
  y = keys.b[j];
  if (x !== y) return x < y ? -1 : 1;
  if (keys.c.length) {
    x = keys.c[i];
    y = keys.c[j];
    if (x !== y) return x < y ? -1 : 1;
  }
  if (keys.d.length) {
    x = keys.d[i];
    y = keys.d[j];
    if (x !== y) return x < y ? -1 : 1;
  }
  return keys.byIndex ? (i < j ? -1 : i > j ? 1 : 0) : 0;
}

/**
 * Sorts `indices` in place by `a[i]`, then `b[i]`, `c[i]`, `d[i]`, then
 * (with `byIndex`) by `i`; stable, so equal indices keep their order, as
 * `Array.prototype.sort` would with the same comparison.
 */
export function sortIndices(
  indices: number[],
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  c: ArrayLike<number> = NONE,
  d: ArrayLike<number> = NONE,
  byIndex = false,
): number[] {
  const keys: Keys = { a, b, c, d, byIndex };
  const n = indices.length;
  // Short runs by insertion, then merged in pairs, back and forth with a scratch copy.
  const RUN = 16;
  for (let start = 0; start < n; start += RUN) {
    const end = Math.min(n, start + RUN);
    for (let k = start + 1; k < end; k++) {
      const v = indices[k];
      let m = k - 1;
      while (m >= start && order(indices[m], v, keys) > 0) {
        indices[m + 1] = indices[m];
        m--;
      }
      indices[m + 1] = v;
    }
  }
  if (n <= RUN) return indices;
  let from: number[] = indices;
  let to: number[] = new Array<number>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) to[k++] = order(from[j], from[i], keys) < 0 ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    const swap = from;
    from = to;
    to = swap;
  }
  if (from !== indices) for (let k = 0; k < n; k++) indices[k] = from[k];
  return indices;
}

/** Greedy interval partitioning: each tenure takes the first row free at its start. */
export function assignRows(spans: readonly { from: number; to: number }[]): number[] {
  const from = spans.map((s) => s.from);
  const to = spans.map((s) => s.to);
  const indices = sortIndices(
    spans.map((_, i) => i),
    from,
    to,
  );
  const rows = new Array<number>(spans.length);
  partition(indices, from, to, 0, rows);
  return rows;
}

/**
 * The partitioning itself, over indices already in start order: each takes
 * the first row whose last bar ends by its start (`from[i] + handover`);
 * writes each one's row into `rows`; the number of rows.
 */
function partition(
  indices: readonly number[],
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  handover: number,
  rows: number[],
): number {
  const ends: number[] = [];
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    const start = from[i] + handover;
    let row = 0;
    while (row < ends.length && ends[row] > start) row++;
    ends[row] = to[i];
    rows[i] = row;
  }
  return ends.length;
}

/**
 * The tenures of one lane that share a row and together cover the most time
 * (weighted interval scheduling): each may start `handover` ms before the
 * previous one ends. `order` holds indices into `from` and `to`.
 */
export function longestRun(
  order: readonly number[],
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  handover = 0,
): Set<number> {
  const byEnd = sortIndices([...order], to, from);
  const ends = new Float64Array(byEnd.length);
  for (let k = 0; k < byEnd.length; k++) ends[k] = to[byEnd[k]];
  // best[k]: the most time covered by the first k tenures in order of their end; took[k]: whether the k-th is in it.
  const best = new Float64Array(byEnd.length + 1);
  const took = new Uint8Array(byEnd.length);
  const before = new Int32Array(byEnd.length);
  for (let k = 0; k < byEnd.length; k++) {
    const i = byEnd[k];
    // The number of tenures (in end order) that end by the time this one starts.
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= from[i] + handover) lo = mid + 1;
      else hi = mid;
    }
    before[k] = lo;
    // A day at least, so a one-day tenure still counts.
    const take = Math.max(to[i] - from[i], DAY) + best[lo];
    took[k] = take > best[k] ? 1 : 0;
    best[k + 1] = took[k] ? take : best[k];
  }
  const run = new Set<number>();
  for (let k = byEnd.length - 1; k >= 0; ) {
    if (took[k]) {
      run.add(byEnd[k]);
      k = before[k] - 1;
    } else k--;
  }
  return run;
}

/** The times of every bar, by index: when each may begin and end, and what it surely covers. */
export interface BarTimes {
  from: ArrayLike<number>;
  to: ArrayLike<number>;
  sureFrom: ArrayLike<number>;
  sureTo: ArrayLike<number>;
}

/**
 * The rows of one lane, as bar indices, each row in time order. Bars share a
 * row when their sure parts do not overlap, allowing a one-day handover (the
 * successor sworn in on the predecessor's last day). The first row covers
 * the most time it can, so an office never shows a hole where a long tenure
 * began under an overlapping one (Yeltsin's presidency beside Gorbachev's,
 * 1991); the rest take the rows below, first free row first, in order of
 * their sure starts (ties by time, then by input order).
 */
export function laneRows(mine: number[], times: BarTimes, rowOf: number[]): number[][] {
  const { from, to, sureFrom, sureTo } = times;
  sortIndices(mine, sureFrom, sureTo, from, to);
  const first = longestRun(mine, sureFrom, sureTo, DAY);
  const rest: number[] = [];
  for (let k = 0; k < mine.length; k++) {
    const i = mine[k];
    if (first.has(i)) rowOf[i] = 0;
    else rest.push(i);
  }
  const count = rest.length ? 1 + partition(rest, sureFrom, sureTo, DAY, rowOf) : mine.length ? 1 : 0;
  for (let k = 0; k < rest.length; k++) rowOf[rest[k]] += 1;
  const rows: number[][] = [];
  for (let r = 0; r < count; r++) rows.push([]);
  for (let k = 0; k < mine.length; k++) rows[rowOf[mine[k]]].push(mine[k]);
  // Each row in time order: short, and nearly sorted already.
  for (let r = 0; r < count; r++) sortIndices(rows[r], from, to, NONE, NONE, true);
  return rows;
}
