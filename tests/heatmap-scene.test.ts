import { describe, expect, it } from 'vitest';
import { cellSentence, heatmapSummary, visitorNamer, whoRuled, yearSpanText } from '../src/charts/heatmap/describe';
import { DEFAULT_TENURE_OFFICES } from '../src/charts/heatmap/props';
import { type HeatmapSceneInput, heatmapScene, rulerStrips, visitRows } from '../src/charts/heatmap/scene';
import { heatmapWords } from '../src/charts/heatmap/words';
import { messages } from '../src/charts/kit/messages';
import { countryNamer, DEFAULT_POLITY_GROUPS } from '../src/charts/kit/polities';
import { startOfToday } from '../src/charts/kit/sizes';
import { dataset } from '../src/data/index';
import type { Visit } from '../src/data/types';

const today = startOfToday(new Date('2026-11-26T12:00:00Z'));
const people = new Map(dataset.people.map((p) => [p.id, p]));
const input = (over: Partial<HeatmapSceneInput> = {}): HeatmapSceneInput => ({
  visits: dataset.visits,
  events: dataset.events,
  people,
  today,
  rows: 'direction-level',
  orientation: 'auto',
  tenureOffices: DEFAULT_TENURE_OFFICES,
  polityGroups: DEFAULT_POLITY_GROUPS,
  countryName: countryNamer(undefined, over.locale ?? 'en'),
  spanText: yearSpanText(over.locale ?? 'en'),
  width: 900,
  locale: 'en',
  id: 'h',
  ...over,
});
const naming = (scene: NonNullable<ReturnType<typeof heatmapScene>>) => ({
  locale: 'en' as const,
  words: messages.en,
  countryName: countryNamer(undefined, 'en'),
  personName: visitorNamer(people, 'en'),
  periodText: (p: number, b: number) =>
    yearSpanText('en')(Math.max(p, scene.years[0]), Math.min(p + b - 1, scene.years[1])),
});

describe('heatmap scene', () => {
  it('counts the UAR with Syria and Russia with the USSR, one row per direction and level, Syria first', () => {
    const rows = visitRows({
      rows: 'direction-level',
      polityGroups: DEFAULT_POLITY_GROUPS,
      countryName: countryNamer(undefined, 'en'),
      words: heatmapWords.en,
    });
    const visit = (from: string, to: string, level: string) => ({ from, to, level }) as Visit;
    const uar = rows.seriesOf(visit('UAR', 'SU', 'minister'));
    // Looked up by the countries as given, counted in one row by key.
    expect(rows.seriesOf(visit('SY', 'RU', 'minister'))).toEqual(uar);
    expect(uar).toMatchObject({ key: 'SY>SU+RU|minister', groupLabel: 'Syria → USSR / Russia', label: 'Minister' });
    const back = rows.seriesOf(visit('SU', 'SY', 'head-of-state'));
    expect(back.order).toBeGreaterThan(uar.order);
    // A country the package does not group is a side of its own, after the two.
    expect(rows.seriesOf(visit('EG', 'SY', 'delegation')).key).toBe('EG>SY|delegation');
    expect(rows.sides).toEqual(['SY', 'SU+RU', 'EG']);
  });

  it('bands who ruled per side, from the office asked for each country, ongoing tenures to the end of this year', () => {
    const strips = rulerStrips({
      tenures: dataset.tenures,
      offices: DEFAULT_TENURE_OFFICES,
      polityGroups: DEFAULT_POLITY_GROUPS,
      sides: ['SY', 'SU+RU'],
      used: new Set(['SY', 'SU+RU']),
      people,
      countryName: countryNamer(undefined, 'en'),
      locale: 'en',
      todayYear: 2026,
    });
    expect(strips.map((s) => s.key)).toEqual(['SY', 'SU+RU']);
    const names = (side: number) => strips[side].spans.map((s) => s.names[0]);
    expect(names(0)).toContain('Hafez al-Assad');
    expect(names(1)).toContain('Leonid Brezhnev'); // party leader, not head of state
    expect(names(1)).not.toContain('Nikolai Podgorny');
    expect(Math.max(...strips[1].spans.map((s) => s.to))).toBe(Date.UTC(2027, 0, 1));
  });

  it('lays out the visits of the period shown, under the legend and marker labels, and sums them', () => {
    const scene = heatmapScene(input({ domain: ['1970', '1989'], markers: ['event-1980-10-08-treaty-friendship'] }));
    if (!scene) throw new Error('no scene');
    const shown = dataset.visits.filter((v) => v.start >= '1970' && v.start < '1990');
    expect(scene.shown.map((v) => v.id).sort()).toEqual(shown.map((v) => v.id).sort());
    expect(scene.annotations.callouts.map((m) => m.annotation.id)).toEqual(['event-1980-10-08-treaty-friendship']);
    expect(scene.plot.top).toBeGreaterThan(scene.legend.height + 6);
    expect([...scene.counts.values()].reduce((a, b) => a + b, 0)).toBe(shown.length);
    expect(scene.widened).toBe(false);
    const cell = scene.cells[0];
    expect(cellSentence(cell, scene, naming(scene))).toMatch(
      /^Syria → USSR \/ Russia, Head of state, 1970: (no visits|\d+ visits?)$/,
    );
    expect(heatmapSummary(scene, naming(scene))).toMatchObject({ count: shown.length, from: 1970, to: 1989 });
    expect(heatmapScene(input({ visits: [] }))).toBeNull();
    expect(heatmapScene(input({ domain: ['1900', '1910'] }))).toBeNull();
  });

  it('names who ruled in a cell’s period only with tenure bands', () => {
    const plain = heatmapScene(input({ bin: 10 }));
    const banded = heatmapScene(input({ bin: 10, tenures: dataset.tenures }));
    if (!plain || !banded) throw new Error('no scene');
    const seventies = (s: typeof plain) => s.cells.find((c) => c.period === 1970) ?? s.cells[0];
    expect(whoRuled(seventies(plain), plain.rulers, 'en')).toBe('');
    expect(whoRuled(seventies(banded), banded.rulers, 'en')).toMatch(
      /^In power: Syria: .*Hafez al-Assad; USSR \/ Russia: .*Leonid Brezhnev/,
    );
  });

  it('widens the bin past MAX_PERIODS periods, and says so', () => {
    const scene = heatmapScene(input({ domain: [Date.UTC(-5000, 0, 1), null], bin: 10 }));
    expect(scene).toMatchObject({ bin: 20, widened: true });
    if (scene) expect(heatmapSummary(scene, naming(scene)).widened).toBe(20);
  });
});
