import { describe, expect, it } from 'vitest';
import {
  armsDeals,
  coverage,
  dataset,
  dateInterval,
  events,
  formatProblem,
  type Office,
  people,
  periodOf,
  recordsCiting,
  rulersOn,
  sources,
  sourcesCitedBy,
  type Tenure,
  tenures,
  validateDataset,
  visits,
} from '../src/data/index';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The stretches no tenure of a lane covers, as [first uncovered day, first covered day again). */
function gaps(polities: string[], office: Office, from: string, to = Date.now()): string[] {
  // Tenures that start after `to` lie outside the stretch checked.
  const lane = tenures
    .filter((t) => polities.includes(t.polity) && t.office === office)
    .map((t) => ({
      start: dateInterval(t.start)?.start ?? Number.NaN,
      end: t.end === null ? to : (dateInterval(t.end)?.end ?? Number.NaN),
    }))
    .sort((a, b) => a.start - b.start);
  const found: string[] = [];
  let covered = dateInterval(from)?.start ?? 0;
  for (const t of lane) {
    if (t.start >= to) break;
    if (t.start > covered) found.push(`${day(covered)}..${day(t.start)}`);
    covered = Math.max(covered, t.end);
  }
  if (covered < to - 86_400_000) found.push(`${day(covered)}..`);
  return found;
}

const holder = (list: Tenure[]) => list.map((t) => t.personId);

describe('the bundled dataset', () => {
  it('has no problems', () => {
    expect(validateDataset(dataset).map(formatProblem)).toEqual([]);
  });

  it('names every person in English, Arabic and Russian, or says which spelling no source gave', () => {
    for (const p of people) {
      expect(p.name.en, p.id).toBeTruthy();
      if (!p.name.ar) expect(p.note, `${p.id} has no Arabic name`).toMatch(/No Arabic spelling found/);
      if (!p.name.ru) expect(p.note, `${p.id} has no Russian name`).toMatch(/No Russian spelling found/);
    }
    // Keep the exceptions few: a new person without names fails here until someone looks.
    expect(people.filter((p) => !p.name.ar || !p.name.ru).length).toBeLessThanOrEqual(18);
  });

  it('cites every reference page it lists', () => {
    const uncited = dataset.sources.filter((s) => recordsCiting(dataset, s.id).length === 0).map((s) => s.id);
    expect(uncited).toEqual([]);
  });

  it('has visits below head-of-state level in every decade since the 1950s, in both directions since the 1970s', () => {
    for (let decade = 1950; decade <= 2020; decade += 10) {
      const below = dataset.visits.filter((v) => v.level !== 'head-of-state' && periodOf(v.start, 10) === decade);
      expect(below.length, `${decade}s`).toBeGreaterThanOrEqual(3);
      if (decade >= 1970) {
        expect(
          below.some((v) => v.from === 'SY'),
          `${decade}s from Syria`,
        ).toBe(true);
        expect(
          below.some((v) => v.from !== 'SY'),
          `${decade}s to Syria`,
        ).toBe(true);
      }
    }
  });

  it('keeps each base agreement with its ratification, linked so it counts once', () => {
    const pairs = [
      ['event-2015-08-26-hmeimim-air-group-agreement', 'event-2016-10-14-hmeimim-agreement-ratified'],
      ['event-2017-01-18-tartus-naval-facility-agreement', 'event-2017-12-21-tartus-agreement-ratified'],
      ['event-2017-01-18-hmeimim-protocol-signed', 'event-2017-07-14-hmeimim-protocol-ratified'],
    ];
    for (const [agreement, ratification] of pairs) {
      expect(events.find((e) => e.id === ratification)?.continues, ratification).toBe(agreement);
    }
  });

  it('follows Moscow and the new authorities in Damascus after December 2024', () => {
    const after = [...dataset.visits.map((v) => v.start), ...events.map((e) => e.start)].filter(
      (d) => d >= '2024-12-08',
    );
    expect(after.length).toBeGreaterThanOrEqual(20);
  });

  it('says where its coverage ends: no record and no reading after it, none before its start', () => {
    const dates = [...tenures.map((t) => t.start), ...dataset.visits.map((v) => v.start)]
      .concat(
        dataset.armsDeals.map((d) => d.date),
        dataset.events.map((e) => e.start),
      )
      .sort();
    expect(dates[0] >= coverage.start, dates[0]).toBe(true);
    expect(dates[dates.length - 1] <= coverage.end, dates[dates.length - 1]).toBe(true);
    const read = dataset.sources.flatMap((s) => (s.accessed ? [s.accessed] : [])).sort();
    expect(read[read.length - 1]).toBe(coverage.end);
  });

  it('keeps the competing values of every disputed record, each with a source', () => {
    const records = [...tenures, ...dataset.visits, ...dataset.armsDeals, ...dataset.events, ...dataset.people];
    const disputed = records.filter((r) => r.confidence === 'disputed');
    expect(disputed.filter((r) => tenures.includes(r as never)).length).toBeGreaterThan(10);
    for (const r of disputed) {
      expect(r.conflicts?.length ?? 0, `${r.id} is disputed without conflicts`).toBeGreaterThan(0);
      for (const c of r.conflicts ?? []) expect(c.sources.length, r.id).toBeGreaterThan(0);
    }
  });
});

describe("Syria's heads of state, October 1918 to today", () => {
  it('leave gaps only where sources say the office was vacant or not established', () => {
    // Each gap is explained in the note of a tenure next to it.
    expect(gaps(['SY', 'UAR'], 'head-of-state', '1918-10')).toEqual([
      // After Maysalun no head of state until the State of Damascus had a governor; the Damascus
      // prime ministers held the highest Syrian office (tested below).
      '1920-07-25..1920-11-01',
      '1925-12-22..1926-02-09', // vacant after Barakat resigned
      '1962-03-29..1962-04-10', // Qudsi deposed by the 28 March coup, reinstated in April
      '1966-02-24..1966-02-25', // between the coup of 23 February and Nureddin al-Atassi
      '1971-02-23..1971-03-14', // Khatib resigned; Assad sworn in on 14 March (disputed: 22 February)
      '2024-12-09..2025-01-29', // no president: al-Sharaa led de facto until named president
    ]);
  });

  it('fills the months after Maysalun with the Damascus prime ministers', () => {
    expect(holder(rulersOn(tenures, 'SY', '1920-08-01'))).toEqual(['alaeddin-al-durubi']);
    expect(holder(rulersOn(tenures, 'SY', '1920-10-01'))).toEqual(['jamil-al-ulshi']);
  });

  it('knows who ruled on the days the story turns on', () => {
    expect(holder(rulersOn(tenures, 'SY', '1967-06-05'))).toEqual(['nureddin-al-atassi', 'salah-jadid']);
    expect(holder(rulersOn(tenures, 'SY', '1980-10-08', 'head-of-state'))).toEqual(['hafez-al-assad']);
    expect(holder(rulersOn(tenures, 'SY', '2015-09-30', 'head-of-state'))).toEqual(['bashar-al-assad']);
    expect(holder(rulersOn(tenures, 'UAR', '1960', 'head-of-state'))).toEqual(['gamal-abdel-nasser']);
  });

  it('ends the Assad era on 8 December 2024 and has a transitional president since', () => {
    const bashar = tenures.find((t) => t.personId === 'bashar-al-assad' && t.office === 'head-of-state');
    expect(bashar?.end).toBe('2024-12-08');
    const now = rulersOn(tenures, 'SY', new Date().toISOString().slice(0, 10), 'head-of-state');
    expect(holder(now)).toEqual(['ahmed-al-sharaa']);
  });
});

describe('the USSR and Russia', () => {
  const end = (date: string) => dateInterval(date)?.end ?? 0;

  it('has a party leader from 1922 to August 1991, with gaps only between leaders', () => {
    expect(gaps(['SU'], 'party-leader', '1922-04-03', end('1991-08-29'))).toEqual([
      '1953-03-15..1953-09-07', // no First Secretary between Malenkov's step-down and Khrushchev's election
      '1982-11-11..1982-11-12', // Brezhnev died on the 10th, Andropov elected on the 12th
      '1984-02-10..1984-02-13', // Andropov died on the 9th, Chernenko elected on the 13th (disputed: 9th)
    ]);
  });

  it('has a Soviet head of government and head of state until the Union ended', () => {
    expect(gaps(['SU'], 'head-of-government', '1923-07-06', end('1991-12-25'))).toEqual([
      '1924-01-22..1924-02-02', // Lenin died on 21 January, Rykov appointed on 2 February
      '1991-08-23..1991-08-24', // Pavlov removed after the August coup (disputed: 28 August)
    ]);
    expect(gaps(['SU'], 'head-of-state', '1922-12-30', end('1991-12-25'))).toEqual([
      '1938-01-13..1938-01-17', // between the Central Executive Committee and the new Presidium
    ]);
  });

  it('has a head of state of Soviet Russia from November 1917 until the Union, without gaps', () => {
    expect(gaps(['RU'], 'head-of-state', '1917-11-09', end('1922-12-30'))).toEqual([]);
  });

  it('has a Russian head of state since May 1990 and head of government since June 1990, without gaps', () => {
    expect(gaps(['RU'], 'head-of-state', '1990-05-29')).toEqual([]);
    expect(gaps(['RU'], 'head-of-government', '1990-06-15')).toEqual([]);
  });

  it('marks acting prime ministers between a government resignation and reappointment', () => {
    const acting = (date: string) =>
      rulersOn(tenures, 'RU', date, 'head-of-government')
        .filter((t) => t.acting)
        .map((t) => t.personId);
    expect(acting('2018-05-07')).toEqual(['dmitry-medvedev']);
    expect(acting('2024-05-08')).toEqual(['mikhail-mishustin']);
    expect(acting('1999-08-12')).toEqual(['vladimir-putin']);
    expect(acting('2010-01-01')).toEqual([]);
  });

  it('knows who ruled in Moscow on the days the story turns on', () => {
    expect(holder(rulersOn(tenures, 'SU', '1971-02', 'party-leader'))).toEqual(['leonid-brezhnev']);
    expect(holder(rulersOn(tenures, 'SU', '1976-06-01', 'head-of-government'))).toEqual(['alexei-kosygin']);
    expect(holder(rulersOn(tenures, 'SU', '1983-01', 'party-leader'))).toEqual(['yuri-andropov']);
    // August 2008: Medvedev was president, Putin prime minister.
    expect(holder(rulersOn(tenures, 'RU', '2008-08-20'))).toEqual(['dmitry-medvedev', 'vladimir-putin']);
    expect(holder(rulersOn(tenures, 'RU', '2015-09-30', 'head-of-state'))).toEqual(['vladimir-putin']);
  });
});

describe('recordsCiting', () => {
  it('finds every record that cites a source', () => {
    const citing = recordsCiting(dataset, 'archontology-syria-heads-of-state-1922-1949');
    expect(citing.length).toBeGreaterThan(0);
    for (const c of citing) {
      const refs = [...c.record.sources, ...(c.record.conflicts ?? []).flatMap((x) => x.sources)];
      expect(refs.some((r) => r.source === 'archontology-syria-heads-of-state-1922-1949')).toBe(true);
    }
  });
});

describe('sourcesCitedBy', () => {
  it('keeps the sources the records cite, for themselves and for their competing values, in order', () => {
    const cited = sourcesCitedBy(sources, tenures);
    const ids = new Set(
      tenures.flatMap((t) => [...t.sources, ...(t.conflicts ?? []).flatMap((c) => c.sources)]).map((r) => r.source),
    );
    expect(cited.map((s) => s.id)).toEqual(sources.filter((s) => ids.has(s.id)).map((s) => s.id));
    expect(cited.length).toBe(ids.size);
    expect(cited.length).toBeLessThan(sources.length / 2);
    // Together, every collection cites every source (none ships uncited).
    expect(sourcesCitedBy(sources, people, tenures, visits, armsDeals, events)).toHaveLength(sources.length);
  });
});
