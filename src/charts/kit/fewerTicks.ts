import { textWidth } from './labels.js';

/** The least room between two tick labels along their axis. */
const GAP = 6;

/**
 * An axis's ticks, fewer until no two of their labels, each centred on its
 * tick, come within a few pixels: `ticksFor(n)` asks the scale for about
 * `n`, from `count` down to `least`, and then every other tick is dropped
 * until they fit. Widths are the charts' own measure of
 * the labels in their locale, so Arabic and Russian thin out as they must.
 */
export function fewerTicks<T>(
  count: number,
  ticksFor: (n: number) => T[],
  pos: (tick: T) => number,
  label: (tick: T) => string,
  fontSize: number,
  least = 1,
): T[] {
  const half = (t: T) => textWidth(label(t), fontSize) / 2;
  const apart = (ts: T[]) =>
    ts.every((t, i) => !i || Math.abs(pos(t) - pos(ts[i - 1])) >= half(t) + half(ts[i - 1]) + GAP);
  let n = count;
  let ticks = ticksFor(n);
  while (n > least && !apart(ticks)) ticks = ticksFor(--n);
  // A scale may give more ticks than asked for (a short period, a narrow plot): every other one, then.
  while (ticks.length > 1 && !apart(ticks)) ticks = ticks.filter((_, i) => i % 2 === 0);
  return ticks;
}
