import type { Dataset, Office, Person, Tenure, Visit, VisitLevel } from '../src/data/types.js';

/** A small deterministic PRNG (mulberry32), so every run draws the same records. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const OFFICES: Office[] = ['head-of-state', 'de-facto-ruler', 'party-leader', 'head-of-government'];
const POLITIES = ['SY', 'SU', 'RU', 'UAR'];

/** `count` tenures with people and a source, at mixed date precision, some acting, some ongoing. */
export function syntheticTenures(count: number, seed = 1): Pick<Dataset, 'tenures' | 'people' | 'sources'> {
  const next = random(seed);
  const people: Person[] = [];
  const tenures: Tenure[] = [];
  for (let i = 0; i < count; i++) {
    const year = 1900 + Math.floor(next() * 120);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const years = Math.floor(next() * 12);
    const precision = next();
    const start =
      precision < 0.6 ? `${year}-${pad(month)}-${pad(day)}` : precision < 0.85 ? `${year}-${pad(month)}` : `${year}`;
    const end = next() < 0.02 ? null : `${year + years}-${pad(month)}-${pad(Math.min(28, day + 1))}`;
    const id = `p${i}`;
    people.push({ id, name: { en: `Person Number ${i}` }, sources: [{ source: 'synthetic' }], confidence: 'reported' });
    tenures.push({
      id: `t${i}`,
      personId: id,
      polity: POLITIES[i % POLITIES.length],
      office: OFFICES[Math.floor(next() * OFFICES.length)],
      title: 'Synthetic office',
      start,
      end,
      acting: next() < 0.1,
      sources: [{ source: 'synthetic', locator: `row ${i}` }],
      confidence: 'reported',
    });
  }
  return { tenures, people, sources: [{ id: 'synthetic', kind: 'dataset', title: 'Synthetic benchmark records' }] };
}

const STATUSES = ['requested', 'refused', 'agreed', 'delivered'] as const;
const CATEGORIES = ['aircraft', 'air-defence', 'missiles', 'armour', 'naval', 'other'] as const;

/** `count` arms deals over 1950–2025 at mixed date precision, with values, quantities and ranges, some disputed. */
export function syntheticArmsDeals(count: number, seed = 2): Pick<Dataset, 'armsDeals' | 'sources'> {
  const next = random(seed);
  const armsDeals: Dataset['armsDeals'] = [];
  for (let i = 0; i < count; i++) {
    const year = 1950 + Math.floor(next() * 76);
    const date = next() < 0.5 ? `${year}-${pad(1 + Math.floor(next() * 12))}` : `${year}`;
    const items = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, k) => {
      const q = Math.floor(next() * 200);
      return {
        system: `System ${i}-${k}`,
        category: CATEGORIES[Math.floor(next() * CATEGORIES.length)],
        quantity: next() < 0.3 ? undefined : next() < 0.1 ? { min: q, max: q + 50 } : q,
      };
    });
    const disputed = next() < 0.2;
    armsDeals.push({
      id: `a${i}`,
      date,
      supplier: 'SU',
      recipient: 'SY',
      status: STATUSES[Math.floor(next() * STATUSES.length)],
      items,
      valueUsd: next() < 0.4 ? undefined : Math.round(next() * 1e9),
      sources: [{ source: 'synthetic', locator: `row ${i}` }],
      confidence: disputed ? 'disputed' : 'reported',
      ...(disputed ? { conflicts: [{ field: 'date', value: `${year + 1}`, sources: [{ source: 'synthetic' }] }] } : {}),
    });
  }
  return { armsDeals, sources: [{ id: 'synthetic', kind: 'dataset', title: 'Synthetic benchmark records' }] };
}

const LEVELS: VisitLevel[] = ['head-of-state', 'head-of-government', 'minister', 'military', 'delegation'];
const DIRECTIONS: [string, string][] = [
  ['SY', 'SU'],
  ['SU', 'SY'],
  ['SY', 'RU'],
  ['RU', 'SY'],
  ['UAR', 'SU'],
];

/** `count` visits with a source, 1900–2025, at mixed date precision, in every direction and level. */
export function syntheticVisits(count: number, seed = 2): Pick<Dataset, 'visits' | 'sources'> {
  const next = random(seed);
  const visits: Visit[] = [];
  for (let i = 0; i < count; i++) {
    const year = 1900 + Math.floor(next() * 126);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const precision = next();
    const start =
      precision < 0.6 ? `${year}-${pad(month)}-${pad(day)}` : precision < 0.85 ? `${year}-${pad(month)}` : `${year}`;
    const [from, to] = DIRECTIONS[Math.floor(next() * DIRECTIONS.length)];
    visits.push({
      id: `v${i}`,
      start,
      from,
      to,
      city: 'Somewhere',
      visitors: [{ name: `Visitor ${i}` }],
      level: LEVELS[Math.floor(next() * LEVELS.length)],
      outcome: 'Synthetic outcome.',
      sources: [{ source: 'synthetic', locator: `row ${i}` }],
      confidence: 'reported',
    });
  }
  return { visits, sources: [{ id: 'synthetic', kind: 'dataset', title: 'Synthetic benchmark records' }] };
}
