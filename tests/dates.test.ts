import { describe, expect, it } from 'vitest';
import { comparePartialDates, dateInterval, parsePartialDate, spanInterval } from '../src/data/dates';

const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('parsePartialDate', () => {
  it('reads each precision', () => {
    expect(parsePartialDate('1971')).toEqual({ year: 1971, precision: 'year' });
    expect(parsePartialDate('1971-02')).toEqual({ year: 1971, month: 2, precision: 'month' });
    expect(parsePartialDate('1971-02-22')).toEqual({ year: 1971, month: 2, day: 22, precision: 'day' });
  });

  it.each(['71', '1971-2', '1971-02-3', '1971-13', '1971-00', '1971-02-30', '1900-02-29', '1971/02/22', '', ' 1971'])(
    'rejects %j',
    (value) => {
      expect(parsePartialDate(value)).toBeNull();
    },
  );

  it('accepts leap days only in leap years', () => {
    expect(parsePartialDate('2000-02-29')).not.toBeNull();
    expect(parsePartialDate('1999-02-29')).toBeNull();
  });

  it('rejects values that are not strings', () => {
    for (const v of [1971, null, undefined, {}, Number.NaN]) expect(parsePartialDate(v)).toBeNull();
  });
});

describe('dateInterval', () => {
  it('covers a whole year, month or day', () => {
    expect(dateInterval('1971')).toEqual({ start: utc('1971-01-01'), end: utc('1972-01-01'), precision: 'year' });
    expect(dateInterval('1971-12')).toEqual({ start: utc('1971-12-01'), end: utc('1972-01-01'), precision: 'month' });
    expect(dateInterval('1971-02-28')).toEqual({ start: utc('1971-02-28'), end: utc('1971-03-01'), precision: 'day' });
  });

  it('is null for invalid input', () => {
    expect(dateInterval('1971-02-30')).toBeNull();
  });
});

describe('spanInterval', () => {
  it('runs from the start of start to the end of end', () => {
    expect(spanInterval('1970-11', '1971')).toEqual({ start: utc('1970-11-01'), end: utc('1972-01-01') });
  });

  it('runs an ongoing span to today', () => {
    const today = new Date(utc('2026-11-26'));
    expect(spanInterval('2012-05-07', null, today)).toEqual({ start: utc('2012-05-07'), end: utc('2026-11-26') });
  });
});

describe('comparePartialDates', () => {
  it('orders by first instant, less precise first on ties', () => {
    const dates = ['1971-02-22', '1971-02', '1970', '1971', 'bad', '1971-01-01'];
    expect([...dates].sort(comparePartialDates)).toEqual([
      '1970',
      '1971',
      '1971-01-01',
      '1971-02',
      '1971-02-22',
      'bad',
    ]);
  });
});

describe('dateInterval before year 100', () => {
  it('does not shift years 0–99 into the 1900s', () => {
    expect(new Date(dateInterval('0050-12')?.end ?? 0).toISOString()).toBe('0051-01-01T00:00:00.000Z');
  });
});
