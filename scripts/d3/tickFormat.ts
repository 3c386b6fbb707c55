/**
 * d3-scale's `tickFormat` for linear scales, in our bundle: d3's default
 * `",f"` at the precision the tick step needs ("1,000", "0.25", "−5"),
 * without d3-format, whose specifier parser and locale cost about 2 kB
 * gzipped in every chart with a value axis. The charts format their own
 * ticks with Intl; this is for `scale.tickFormat()` on the scales they hand
 * out. Only d3-scale's linear.js sees it (scripts/visx/bundling.mjs);
 * tests/d3-shims.test.ts holds it to d3's, value by value.
 */
import { tickStep } from 'd3-array';

// d3-format's `precisionFixed`, clamped as its "f" type clamps: 6 when the step says nothing.
function fixedDigits(step: number): number {
  const exponent = Math.abs(step).toExponential().split('e')[1];
  const digits = exponent === undefined ? Number.NaN : Math.max(0, -Number(exponent));
  return Number.isNaN(digits) ? 6 : Math.min(20, digits);
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export default function tickFormat(
  start: number,
  stop: number,
  count: number,
  specifier?: string | null,
): (value: number | { valueOf(): number }) => string {
  if (specifier != null)
    throw new Error(
      `The linear scales bundled in damascus-moscow format ticks with d3's default (",f") only: for "${specifier}", call format from d3-format yourself`,
    );
  const digits = fixedDigits(tickStep(start, stop, count));
  return (value) => {
    const x = Number(value);
    // toFixed rounds the double as d3 does (1.005 → "1.00"); Intl would round its shortest decimal.
    const fixed = Math.abs(x).toFixed(digits);
    const [whole, fraction] = fixed.split('.');
    // As d3: no sign on a value that rounds to zero, and a true minus.
    const sign = x < 0 && Number(fixed) !== 0 ? '−' : '';
    return sign + group(whole) + (fraction === undefined ? '' : `.${fraction}`);
  };
}
