import { describe, expect, it } from 'vitest';
import { directionOf, formatPartialDate, localize } from '../src/charts/kit/locale';

describe('formatPartialDate', () => {
  it('shows only the precision the source gives', () => {
    expect(formatPartialDate('1971')).toBe('1971');
    expect(formatPartialDate('1971-02')).toBe('February 1971');
    expect(formatPartialDate('1971-02-22')).toBe('22 February 1971');
  });

  it('speaks Russian and Arabic', () => {
    expect(formatPartialDate('1980-10-08', 'ru')).toMatch(/^8 октября 1980/);
    const ar = formatPartialDate('1980-10-08', 'ar');
    expect(ar).toMatch(/أكتوبر|تشرين/);
  });

  it('keeps invalid input visible rather than inventing a date', () => {
    expect(formatPartialDate('1971-02-30')).toBe('1971-02-30');
  });

  it('formats years before 100 without shifting them', () => {
    expect(formatPartialDate('0050')).toMatch(/50/);
    expect(formatPartialDate('0050')).not.toMatch(/1950/);
  });
});

describe('localize and directionOf', () => {
  it('falls back to English', () => {
    expect(localize({ en: 'Damascus', ar: 'دمشق' }, 'ru')).toBe('Damascus');
    expect(localize({ en: 'Damascus', ar: 'دمشق' }, 'ar')).toBe('دمشق');
  });
  it('lays Arabic out right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ru')).toBe('ltr');
  });
});
