import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import reduceCssCalc from '../scripts/visx/cssCalc.js';

describe('the calc() reducer standing in for reduce-css-calc', () => {
  it('folds the offsets @visx/text asks for', () => {
    expect(reduceCssCalc('calc(0.71em)')).toBe('0.71em');
    expect(reduceCssCalc('calc(0 * -1em + (0.71em / 2))')).toBe('0.355em');
    expect(reduceCssCalc('calc(2 * -1em)')).toBe('-2em');
    expect(reduceCssCalc('calc(1.5 * -1.2em + (0.71em / 2))')).toBe('-1.445em');
    expect(reduceCssCalc('calc(10px - 4px)')).toBe('6px');
  });

  it('returns what it cannot fold unchanged', () => {
    for (const value of [
      'calc(1em + 2px)',
      'calc(1em * 2em)',
      'calc(1em / 0)',
      'calc(1em +)',
      '0.71em',
      'calc((1em)',
      '',
    ])
      expect(reduceCssCalc(value)).toBe(value);
  });

  it('never throws, and folds or returns its input, for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const value = `calc(${text})`;
        const out = reduceCssCalc(value);
        expect(out === value || /^-?\d+(\.\d+)?(e[+-]?\d+)?[a-z%]*$/i.test(out)).toBe(true);
      }),
    );
  });
});
