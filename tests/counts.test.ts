import { describe, expect, it } from 'vitest';
import {
  countArmsDeals,
  countVisits,
  dataset,
  disputedRecords,
  eventsBetween,
  periodOf,
  visitsPerDecade,
} from '../src/data/index';
import type { ArmsDeal, Event, Visit } from '../src/data/types';

const prov = { sources: [{ source: 's' }], confidence: 'reported' as const };
const visit = (id: string, start: string, from = 'SY', level: Visit['level'] = 'head-of-state'): Visit => ({
  id,
  start,
  from,
  to: from === 'SY' ? 'SU' : 'SY',
  visitors: ['x'],
  level,
  ...prov,
});

describe('counting helpers', () => {
  it('puts partial dates in the period of their first day', () => {
    expect(periodOf('1974-10', 10)).toBe(1970);
    expect(periodOf('1979', 5)).toBe(1975);
    expect(periodOf('1980-01-01', 10)).toBe(1980);
    expect(periodOf('1980-13', 10)).toBeNull();
  });

  it('counts visits per period, direction and level, skipping invalid dates', () => {
    const rows = countVisits(
      [
        visit('a', '1971-02'),
        visit('b', '1972-07'),
        visit('c', '1976-06-01', 'SU', 'head-of-government'),
        visit('d', 'bad'),
      ],
      10,
    );
    expect(rows).toEqual([
      { period: 1970, from: 'SU', to: 'SY', level: 'head-of-government', count: 1, visits: ['c'] },
      { period: 1970, from: 'SY', to: 'SU', level: 'head-of-state', count: 2, visits: ['a', 'b'] },
    ]);
  });

  it('counts deals per category and status, summing quantities and keeping ranges', () => {
    const deal = (id: string, date: string, items: ArmsDeal['items']): ArmsDeal => ({
      id,
      date,
      supplier: 'SU',
      recipient: 'SY',
      status: 'delivered',
      items,
      ...prov,
    });
    const rows = countArmsDeals(
      [
        deal('a', '1973', [
          { system: 'MiG-21', category: 'aircraft', quantity: 45 },
          { system: 'launchers', category: 'missiles', quantity: { min: 400, max: 500 } },
        ]),
        deal('b', '1973-10', [
          { system: 'MiG-23', category: 'aircraft', quantity: 10 },
          { system: 'MiG-21', category: 'aircraft' },
        ]),
      ],
      1,
    );
    expect(rows).toEqual([
      { period: 1973, status: 'delivered', category: 'aircraft', deals: 2, quantity: 55, ids: ['a', 'b'] },
      {
        period: 1973,
        status: 'delivered',
        category: 'missiles',
        deals: 1,
        quantity: { min: 400, max: 500 },
        ids: ['a'],
      },
    ]);
  });

  it('counts a deal and the record that continues it once', () => {
    const base = { supplier: 'RU', recipient: 'SY', status: 'agreed' as const, ...prov };
    const order: ArmsDeal = {
      ...base,
      id: 'order',
      date: '2007',
      items: [{ system: 'MiG-29M', category: 'aircraft', quantity: 12 }],
    };
    const again: ArmsDeal = { ...order, id: 'again', date: '2013', continues: 'order' };
    expect(countArmsDeals([order, again], 1)).toEqual([
      { period: 2007, status: 'agreed', category: 'aircraft', deals: 1, quantity: 12, ids: ['order'] },
    ]);
  });

  it('finds events overlapping a period, including wars that began before it', () => {
    const ev = (id: string, start: string, end?: string): Event => ({
      id,
      start,
      end,
      kind: 'war',
      title: { en: id },
      summary: '',
      ...prov,
    });
    const list = [ev('late', '1992'), ev('war', '1950', '1956'), ev('in', '1980-10-08')];
    expect(eventsBetween(list, '1955', '1991').map((e) => e.id)).toEqual(['war', 'in']);
  });
});

describe('the bundled dataset, counted', () => {
  it('has visits and events in every decade from the 1940s', () => {
    const decades = new Set(visitsPerDecade(dataset.visits).map((r) => r.period));
    const eventDecades = new Set(dataset.events.map((e) => periodOf(e.start, 10)));
    for (let decade = 1940; decade <= 2020; decade += 10) {
      expect(decades.has(decade), `visits in the ${decade}s`).toBe(true);
      expect(eventDecades.has(decade), `events in the ${decade}s`).toBe(true);
    }
  });

  it('has every Russian veto on Syria in the Security Council, 2011–2023', () => {
    const vetoes = dataset.events.filter((e) => e.kind === 'veto' && e.start >= '2011');
    expect(vetoes.length).toBe(18);
    expect(vetoes.map((v) => v.start)).toContain('2011-10-04');
  });

  it('lists every disputed record with at least one competing value', () => {
    const disputed = disputedRecords(dataset);
    expect(disputed.length).toBeGreaterThan(20);
    for (const { record } of disputed) expect(record.conflicts?.length, record.id).toBeGreaterThan(0);
  });
});
