import { sourcesCitedBy } from '../data/queries.js';
import type { Dataset, Event, Person } from '../data/types.js';
import type { EmbedChart } from './params.js';

/** The collections each embed page draws; a page carries only these and the sources they cite. */
export const COLLECTIONS_OF = {
  gantt: ['tenures', 'people'],
  arms: ['armsDeals'],
  heatmap: ['visits', 'people', 'tenures'],
} as const satisfies Record<EmbedChart, readonly (keyof Dataset)[]>;

/**
 * People as a page needs them: names only. The charts label bars and visitors with them and never show a
 * person's own sources or dates, which would cost a page about 20 kB gzipped.
 */
export const namesOnly = (people: readonly Person[]): Person[] =>
  people.map(({ id, name, confidence }) => ({ id, name, confidence, sources: [] }));

/** The file beside the pages holding the events markers may name ({@link headlinesOnly}). */
export const EVENTS_FILE = 'events.json';

/** Events as markers need them: id, date and headlines; a marker shows no summary, people or sources. */
export const headlinesOnly = (events: readonly Event[]): Event[] =>
  events.map(({ id, start, title, short, kind, confidence }) => ({
    id,
    start,
    title,
    short,
    kind,
    confidence,
    summary: '',
    sources: [],
  }));

/** What an embed page of `chart` needs from `data`. */
export function chartData(chart: EmbedChart, data: Dataset): Partial<Dataset> {
  const picked: Partial<Dataset> = {};
  for (const c of COLLECTIONS_OF[chart]) Object.assign(picked, { [c]: c === 'people' ? namesOnly(data[c]) : data[c] });
  // The credits name the sources of the records drawn (not those of people, who only label them).
  const drawn = chart === 'gantt' ? data.tenures : chart === 'arms' ? data.armsDeals : data.visits;
  return { ...picked, sources: sourcesCitedBy(data.sources, drawn) };
}
