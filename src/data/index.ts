/**
 * `damascus-moscow/data`: the dataset, its types, query helpers and
 * validation. Imports nothing, so it runs anywhere JavaScript does.
 *
 * @module
 */
import { armsDeals } from './armsDeals.js';
import { events } from './events.js';
import { people } from './people.js';
import { sources } from './sources.js';
import { tenures } from './tenures.js';
import type { Dataset } from './types.js';
import { visits } from './visits.js';

export type * from './types.js';
export { armsDeals, events, people, sources, tenures, visits };

/** The bundled dataset: Syria and the USSR/Russia, 1918 to today. */
export const dataset: Dataset = { sources, people, tenures, visits, armsDeals, events };

export { columnDocs } from './columnDocs.js';
export type { ArmsCount, Bin, DisputedRecord, VisitCount } from './counts.js';
export {
  countArmsDeals,
  countVisits,
  dealsPerYear,
  disputedRecords,
  eventsBetween,
  periodOf,
  visitsPerDecade,
  visitsPerYear,
} from './counts.js';
export type { Coverage } from './coverage.js';
export { coverage } from './coverage.js';
export type { Cell } from './csv.js';
export { csvCell, toCsv } from './csv.js';
export type { DateInterval, DateParts } from './dates.js';
export {
  comparePartialDates,
  dateInterval,
  datePrecision,
  isPartialDate,
  parsePartialDate,
  spanInterval,
  todayPartialDate,
} from './dates.js';
export type { Citation } from './queries.js';
export { personById, recordsCiting, rulersOn, sourcesCitedBy, tenuresOf } from './queries.js';
export type { Column } from './table.js';
export {
  armsDealsCsv,
  collectionToCsv,
  columns,
  eventsCsv,
  peopleCsv,
  recordsToCsv,
  sourcesCsv,
  tenuresCsv,
  visitsCsv,
} from './table.js';
export type { Problem, ValidateOptions } from './validate.js';
export { formatProblem, validateDataset } from './validate.js';
