import { describe, expect, it } from 'vitest';
import { describeGantt, ganttSummary, tenureSentence } from '../src/charts/gantt/describe';
import { laneSpecs } from '../src/charts/gantt/lanes';
import { tenureIntervals } from '../src/charts/gantt/layout';
import { peopleById, personNamer, shorterNames } from '../src/charts/gantt/names';
import { type GanttSceneInput, ganttScene, pickTenures, tenurePeriod } from '../src/charts/gantt/scene';
import { tenureWords } from '../src/charts/gantt/words';
import { countryNamer, DEFAULT_POLITY_GROUPS } from '../src/charts/kit/polities';
import { rounded, startOfToday } from '../src/charts/kit/sizes';
import { dataset } from '../src/data/index';
import type { Office, Tenure } from '../src/data/types';

const today = startOfToday(new Date('2026-11-26T12:00:00Z'));
const Y = (year: number) => Date.UTC(year, 0, 1);
const officeName = (office: string) => tenureWords.en.offices[office as Office] ?? office;
const input = (over: Partial<GanttSceneInput> = {}): GanttSceneInput => ({
  tenures: dataset.tenures,
  people: peopleById(dataset.people),
  events: dataset.events,
  width: 1000,
  today,
  locale: 'en',
  polityGroups: DEFAULT_POLITY_GROUPS,
  countryName: countryNamer(undefined, over.locale ?? 'en'),
  officeName,
  ...over,
});
const tenure = (id: string, start: string, end: string | null, extra: Partial<Tenure> = {}): Tenure => ({
  id,
  personId: id,
  polity: 'SY',
  office: 'head-of-state',
  title: 'President',
  start,
  end,
  sources: [{ source: 's' }],
  confidence: 'verified',
  ...extra,
});

describe('laneSpecs', () => {
  it('gives each group of countries and office one lane, Syria first, then the USSR and Russia, offices in order', () => {
    const tenures = [
      tenure('a', '1950', '1960', { polity: 'RU', office: 'head-of-government' }),
      tenure('b', '1950', '1960', { polity: 'SU', office: 'head-of-state' }),
      tenure('c', '1950', '1960', { polity: 'UAR', office: 'head-of-state' }),
      tenure('d', '1950', '1960', { polity: 'XX', office: 'other' as Office }),
      tenure('e', '1950', '1960', { polity: 'SY', office: 'head-of-state' }),
      tenure('f', '1960', '1970', { polity: 'SY', office: 'head-of-state' }),
    ];
    const { specs, labels } = laneSpecs(tenures, {
      polityGroups: DEFAULT_POLITY_GROUPS,
      countryName: countryNamer({ XX: 'Ruritania' }, 'en'),
      officeName,
    });
    expect(specs.map((s) => s.key)).toEqual([
      'SU+RU|head-of-government',
      'SU+RU|head-of-state',
      'SY|head-of-state',
      'XX|other',
      'SY|head-of-state',
      'SY|head-of-state',
    ]);
    // One spec object per country and office, shared by its tenures; the UAR's lane is Syria's.
    expect(specs[5]).toBe(specs[4]);
    expect(specs[2]).toEqual(specs[4]);
    expect(specs.map((s) => s.order)).toEqual([13, 10, 0, 29, 0, 0]);
    expect(labels).toEqual([
      'USSR / Russia: Head of government',
      'USSR / Russia: Head of state',
      'Syria: Head of state',
      'Ruritania: other',
    ]);
  });
});

describe('names', () => {
  it('shortens "Leonid Brezhnev" to "L. Brezhnev", then "Brezhnev"; a regnal numeral stays with its name', () => {
    expect(shorterNames('en')('Leonid Brezhnev')).toEqual(['L. Brezhnev', 'Brezhnev']);
    expect(shorterNames('ru')('Леонид Брежнев')).toEqual(['Л. Брежнев', 'Брежнев']);
    expect(shorterNames('en')('Faisal I')).toEqual(['F. Faisal I']);
    expect(shorterNames('en')('Stalin')).toEqual([]);
  });
  it('writes no initials in Arabic, only the last name', () => {
    expect(shorterNames('ar')('حافظ الأسد')).toEqual(['الأسد']);
  });
  it("prints the holder's name in the locale, or the person id where the data names nobody", () => {
    const name = personNamer(peopleById(dataset.people), 'ru');
    const brezhnev = dataset.tenures.find((t) => t.personId === 'leonid-brezhnev') as Tenure;
    expect(name(brezhnev)).toBe('Леонид Брежнев');
    expect(name({ ...brezhnev, personId: 'nobody' })).toBe('nobody');
  });
});

describe('tenurePeriod and pickTenures', () => {
  const tenures = [tenure('a', '1950-03', '1960-01-01'), tenure('b', '1955-01-01', null)];
  it('runs from the earliest start to today, or to the domain asked, either end open', () => {
    const intervals = tenureIntervals(tenures);
    expect(tenurePeriod(intervals, today)).toEqual([Date.UTC(1950, 2, 1), today]);
    expect(tenurePeriod(intervals, today, ['1955', null])).toEqual([Y(1955), today]);
    expect(tenurePeriod(intervals, today, [null, '1991'])).toEqual([Date.UTC(1950, 2, 1), Y(1992)]);
    // An empty or backwards domain falls back to the data's extent.
    expect(tenurePeriod(intervals, today, ['1991', '1955'])).toEqual([Date.UTC(1950, 2, 1), today]);
  });
  it('picks the countries and offices asked, all when none are', () => {
    const mixed = [...tenures, tenure('c', '1950', '1951', { polity: 'SU', office: 'party-leader' })];
    expect(pickTenures(mixed, undefined, undefined)).toBe(mixed);
    expect(pickTenures(mixed, ['SU'], undefined).map((t) => t.id)).toEqual(['c']);
    expect(pickTenures(mixed, undefined, ['head-of-state']).map((t) => t.id)).toEqual(['a', 'b']);
    expect(pickTenures(mixed, ['SU'], ['head-of-state'])).toEqual([]);
  });
});

describe('ganttScene', () => {
  it('is null with nothing to draw', () => {
    expect(ganttScene(input({ tenures: [] }))).toBeNull();
  });

  it('maps time over the plot: every bar begins at layout.time of its first day, markers sit at their date', () => {
    const scene = ganttScene(
      input({ domain: ['1955', '1991'], markers: ['event-1980-10-08-treaty-friendship'], width: 1200 }),
    );
    if (!scene) throw new Error('no scene');
    expect(scene.time.domain().map(Number)).toEqual([Y(1955), Y(1992)]);
    expect(scene.time.range()).toEqual([scene.plot.left, scene.plot.right]);
    for (const bar of scene.bars) if (!bar.cutStart) expect(bar.outer.left).toBe(rounded(scene.time(bar.from)));
    const [marker] = scene.annotations.callouts;
    expect(marker.annotation.id).toBe('event-1980-10-08-treaty-friendship');
    expect(marker.x).toBe(scene.time(Date.UTC(1980, 9, 8)));
    expect(scene.bars.every((b) => b.to > Y(1955) && b.from < Y(1992))).toBe(true);
  });

  it('in Arabic, time runs from right to left and lane labels sit on the right', () => {
    const scene = ganttScene(input({ locale: 'ar', width: 1200 }));
    if (!scene) throw new Error('no scene');
    const [from, to] = scene.time.domain();
    expect(scene.time(from)).toBe(scene.plot.right);
    expect(scene.time(to)).toBe(scene.plot.left);
    expect(scene.lanes[0].labelX).toBeGreaterThan(scene.plot.right);
    const asad = scene.bars.find((b) => b.tenure.personId === 'hafez-al-assad' && !b.fuzzyStart);
    expect(asad && rounded(asad.outer.left + asad.outer.width)).toBe(rounded(scene.time(asad?.from ?? 0)));
  });

  it('lane and colour: one lane per country group and office, Syria first in the first colour', () => {
    const scene = ganttScene(input());
    if (!scene) throw new Error('no scene');
    for (const lane of scene.lanes) expect(scene.lane(lane.key)).toBe(lane.y);
    expect(scene.colour.domain()).toEqual(['SY', 'SU+RU']);
    expect(scene.lanes.map((l) => l.key)).toContain('SY|head-of-state');
    expect(scene.lanes[0].label).toBe('Syria: Head of state');
  });
});

describe('describing a Gantt', () => {
  it('summarises what is drawn: how many, the years shown, the longest tenure', () => {
    const scene = ganttScene(input({ domain: ['1955', '1991'] }));
    if (!scene) throw new Error('no scene');
    const summary = ganttSummary(scene, officeName);
    expect(summary).toMatchObject({ count: scene.bars.length, lanes: scene.lanes.length, from: 1955, to: 1991 });
    expect(summary.longest?.name).toBe(scene.nameOf(summary.longest?.tenure as Tenure));
    expect(describeGantt(summary, 'en')).toMatch(
      /^\d+ tenures in \d+ lanes, 1955–1991\. Longest: .+ about \d+ years\.$/,
    );
  });

  it('reads one tenure out in a line', () => {
    const t = tenure('x', '1970-11-16', null, { acting: true });
    const line = tenureSentence(t, {
      name: () => 'Hafez al-Assad',
      officeName,
      countryName: countryNamer(undefined, 'en'),
      words: tenureWords.en,
      locale: 'en',
    });
    expect(line).toBe('Hafez al-Assad, Head of state, Syria, 16 November 1970 – in office (acting)');
  });
});
