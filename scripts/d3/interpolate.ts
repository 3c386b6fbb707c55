/**
 * What d3-scale's continuous scales (linear, time) interpolate their range
 * with, in our bundle: numbers and dates, as d3's `interpolate` does, and a
 * clear error for anything else. d3's own `interpolate` also reads colours
 * and strings, which brings d3-color's parser and named-colour table (about
 * 3 kB gzipped) into every chart, whose scales only ever map onto pixels.
 * Only d3-scale's continuous.js sees this module (scripts/visx/bundling.mjs);
 * a scale that must map onto colours takes d3's back: `.interpolate(interpolate)`.
 */
import { interpolateDate, interpolateNumber } from 'd3-interpolate';

export { interpolateNumber, interpolateRound } from 'd3-interpolate';

export function interpolate(a: unknown, b: unknown): (t: number) => unknown {
  if (typeof b === 'number') return interpolateNumber(a as number, b);
  if (b instanceof Date) return interpolateDate(a as Date, b);
  throw new TypeError(
    'The scales damascus-moscow hands out map numbers onto numbers or dates; to map onto colours or strings, call .interpolate(interpolate) with interpolate from d3-interpolate',
  );
}
