import { describe, expect, it } from 'vitest';
import { dealsInYears, unitText } from '../src/charts/arms/period';
import { armsWords } from '../src/charts/arms/words';
import type { ArmsDeal } from '../src/data/types';

const deal = (id: string, date: string, status: ArmsDeal['status'], end?: string): ArmsDeal =>
  ({ id, date, status, end, items: [{ system: 'x', category: 'aircraft' }], sources: [] }) as unknown as ArmsDeal;

describe('dealsInYears', () => {
  const deals = [
    deal('a', '1960', 'delivered'),
    deal('b', '1970-05', 'refused'),
    deal('c', '1980', 'agreed'),
    deal('t', '1965', 'delivered', '1975'),
  ];

  it('keeps the list itself where nothing narrows it, and reaches from the first deal to the last', () => {
    const out = dealsInYears(deals, undefined, undefined);
    expect(out.shown).toBe(deals);
    expect(out.years).toEqual([null, null]);
    expect(out.reach).toEqual([1960, 1980]);
  });

  it('keeps deals in the years asked for, totals over several years where they overlap them', () => {
    const out = dealsInYears(deals, undefined, ['1970', '1979']);
    expect(out.shown.map((d) => d.id)).toEqual(['b', 't']);
    expect(out.years).toEqual([1970, 1979]);
    expect(out.reach).toEqual([1970, 1979]);
  });

  it('keeps only the statuses asked for; an open end is filled from the deals shown', () => {
    const out = dealsInYears(deals, ['delivered'], ['1962', null]);
    expect(out.shown.map((d) => d.id)).toEqual(['t']);
    expect(out.reach).toEqual([1962, 1965]);
  });
});

describe('unitText', () => {
  it('names the measure, and the kinds where only some are shown', () => {
    const en = armsWords.en;
    expect(unitText(en, 'deals', undefined, ', ')).toBe(en.unit.deals);
    expect(unitText(en, 'quantity', [], ', ')).toBe(en.unit.quantity);
    expect(unitText(en, 'quantity', ['aircraft', 'naval'], ', ')).toBe(
      `${en.unit.quantity}, ${en.kinds.aircraft}, ${en.kinds.naval}`,
    );
  });
});

describe('legendItems', () => {
  it('keys each status drawn in stacking order, then ranges and disputes where the stacks have any', async () => {
    const { legendItems } = await import('../src/charts/arms/legend');
    const { binArmsDeals } = await import('../src/charts/arms/layout');
    const en = armsWords.en;
    const plain = binArmsDeals([deal('b', '1970', 'refused'), deal('a', '1970', 'delivered')], 'deals', 1).stacks;
    expect(legendItems(plain, en, 'x').map((i) => i.label)).toEqual([en.statuses.delivered, en.statuses.refused]);
    const ranged = plain.map((s, i) => ({ ...s, high: s.low + i, disputed: i === 1 }));
    expect(legendItems(ranged, en, 'x').map((i) => i.label)).toEqual([
      en.statuses.delivered,
      en.statuses.refused,
      en.range,
      en.sourcesDisagree,
    ]);
  });
});
