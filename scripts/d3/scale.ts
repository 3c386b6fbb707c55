/**
 * d3-scale as the bundled charts use it: everything it exports, except that
 * `scaleUtc` formats ticks with our en-US `utcFormat` (utcFormat.ts)
 * instead of importing d3-time-format. Same scale otherwise: d3's own
 * `calendar`, ticks, nice, invert and copy. Only bundles see this (the
 * `d3-scale` alias in scripts/visx/bundling.mjs); tests run the real module.
 */
import type { ScaleTime } from 'd3-scale';
import { initRange } from 'd3-scale-src/init.js';
// `calendar` is what d3's own utcTime calls, with d3-time-format's utcFormat.
import { calendar } from 'd3-scale-src/time.js';
import { utcDay, utcHour, utcMinute, utcMonth, utcSecond, utcTickInterval, utcTicks, utcWeek, utcYear } from 'd3-time';
import { utcFormat } from './utcFormat.js';

export * from 'd3-scale-src/index.js';

/** d3's `scaleUtc`, formatting ticks with {@link utcFormat}. */
export function scaleUtc(...args: unknown[]): ScaleTime<number, number> {
  const scale = calendar(
    utcTicks,
    utcTickInterval,
    utcYear,
    utcMonth,
    utcWeek,
    utcDay,
    utcHour,
    utcMinute,
    utcSecond,
    utcFormat,
  ).domain([Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)]);
  return initRange.apply(scale, args) as ScaleTime<number, number>;
}
