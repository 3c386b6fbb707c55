import { scaleUtc } from 'd3-scale';
import { utcFormat as d3UtcFormat } from 'd3-time-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleUtc as bundledScaleUtc } from '../scripts/d3/scale';
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
