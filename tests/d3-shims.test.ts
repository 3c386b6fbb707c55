import { interpolate as d3Interpolate } from 'd3-interpolate';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcFormat as d3UtcFormat } from 'd3-time-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpolate as numbersAndDates } from '../scripts/d3/interpolate';
import { scaleUtc as bundledScaleUtc } from '../scripts/d3/scale';
import tickFormat from '../scripts/d3/tickFormat';
import { utcFormat } from '../scripts/d3/utcFormat';

// Every date a chart can hold, and far beyond: 5000 BC to AD 20000, to the millisecond.
const dates = fc.date({
  min: new Date(Date.UTC(1000, 0, 1)),
  max: new Date(Date.UTC(9999, 11, 31)),
  noInvalidDate: true,
});
const SPECIFIERS = ['.%L', ':%S', '%I:%M', '%I %p', '%a %d', '%b %d', '%B', '%Y', '%Y-%m-%d %H:%M:%S', '%A %e %y %%'];

describe('the bundled d3 time scale (scripts/d3)', () => {
  it('formats as d3-time-format does, for every directive it knows', () => {
    fc.assert(
      fc.property(dates, fc.constantFrom(...SPECIFIERS), (date, specifier) => {
        expect(utcFormat(specifier)(date)).toBe(d3UtcFormat(specifier)(date));
      }),
    );
  });

  it('says which directive it does not know, rather than misprint it', () => {
    expect(() => utcFormat('%Q')).toThrow(/%Q .*d3-time-format/);
  });

  it('is d3’s scaleUtc: same positions, ticks, nice domain and tick labels', () => {
    fc.assert(
      fc.property(dates, dates, fc.integer({ min: 1, max: 20 }), (a, b, count) => {
        if (+a === +b) return;
        const ours = bundledScaleUtc([a, b], [0, 640]).nice(count);
        const theirs = scaleUtc([a, b], [0, 640]).nice(count);
        expect(ours.domain()).toEqual(theirs.domain());
        expect(ours.ticks(count)).toEqual(theirs.ticks(count));
        const format = ours.tickFormat();
        const d3Format = theirs.tickFormat();
        for (const tick of theirs.ticks(count)) expect(format(tick)).toBe(d3Format(tick));
        expect(ours(a)).toBeCloseTo(theirs(a), 9);
        expect(+ours.invert(320)).toBe(+theirs.invert(320));
        expect(ours.copy().tickFormat()(a)).toBe(theirs.copy().tickFormat()(a));
      }),
    );
  });
});

describe('the bundled continuous scales’ interpolation (scripts/d3/interpolate.ts)', () => {
  it('maps numbers and dates as d3’s interpolate does', () => {
    const numbers = fc.double({ noNaN: true, min: -1e9, max: 1e9 });
    fc.assert(
      fc.property(numbers, numbers, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        expect(numbersAndDates(a, b)(t)).toBe(d3Interpolate(a, b)(t));
      }),
    );
    fc.assert(
      fc.property(dates, dates, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        expect(+(numbersAndDates(a, b)(t) as Date)).toBe(+d3Interpolate(a, b)(t));
      }),
    );
    // As a linear scale's interpolator: the same pixels as d3's default.
    const ours = scaleLinear([0, 100], [20, 620]).interpolate(numbersAndDates as typeof d3Interpolate);
    const theirs = scaleLinear([0, 100], [20, 620]);
    for (const x of [-10, 0, 33.3, 100, 250]) expect(ours(x)).toBe(theirs(x));
  });

  it('says how to map onto colours, rather than print NaN', () => {
    expect(() => numbersAndDates('white', 'red')).toThrow(/\.interpolate\(interpolate\).*d3-interpolate/);
  });
});

describe('the bundled linear scales’ tick format (scripts/d3/tickFormat.ts)', () => {
  it('writes every value as d3’s default tick format does, at the precision of the tick step', () => {
    const ends = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.double({ noNaN: true, min: -1e12, max: 1e12 }));
    const values = fc.oneof(
      ends,
      fc.constantFrom(0, -0, 1.005, -0.0001, 999.9995, 1e15, Number.NaN, Number.POSITIVE_INFINITY, -Infinity),
    );
    fc.assert(
      fc.property(
        ends,
        ends,
        fc.integer({ min: 0, max: 40 }),
        fc.array(values, { maxLength: 8 }),
        (a, b, count, xs) => {
          const theirs = scaleLinear().domain([a, b]).tickFormat(count);
          const ours = tickFormat(a, b, count);
          for (const x of [a, b, ...scaleLinear().domain([a, b]).ticks(count), ...xs]) expect(ours(x)).toBe(theirs(x));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('says to use d3-format for a specifier, rather than ignore it', () => {
    expect(() => tickFormat(0, 1, 10, '$,.2s')).toThrow(/"\$,\.2s".*d3-format/);
  });
});
