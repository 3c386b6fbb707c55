import { dateInterval } from '../../data/dates.js';
import type { ArmsDealStatus, PartialDate } from '../../data/types.js';
import type { DroppedRecord, RecordCheck } from './guard.js';
import type { Locale } from './locale.js';

/** An annotation's words: one text for every language, or one per language (English is the fallback). */
export type AnnotationText = string | { en: string; ar?: string; ru?: string };

/**
 * A line of text pinned to a moment, with a connector: to the moment itself
 * (a rule across the plot), or to a mark there when it names one.
 */
export interface Callout {
  kind?: 'callout';
  /** Optional id, kept in the SVG (`data-annotation`) for styling and tests. */
  id?: string;
  /** The moment: a partial date (`'1980'`, `'1980-10'`, `'1980-10-08'`); the callout points at its start. */
  date: PartialDate;
  text: AnnotationText;
  /** Gantt: the person whose bar at `date` the callout points at. */
  person?: string;
  /** Gantt: the lane (`'SY|head-of-state'`) whose first row it points at. */
  lane?: string;
  /** Arms: the status whose stack segment at `date` it points at. */
  status?: ArmsDealStatus;
  /** Heatmap: the row (a country, or a level) whose cell at `date` it points at. */
  row?: string;
  /**
   * Where the label goes relative to the point it names, in pixels (`dx`
   * towards the end of time, so it mirrors in Arabic; `dy` down). Without
   * them the chart places the label itself, above the plot.
   */
  dx?: number;
  dy?: number;
  /** The line from the label to the point: straight (default), an elbow, or none. */
  connector?: 'line' | 'elbow' | 'none';
}

/** A shaded span of time with a label ("Civil war"), drawn behind the marks. */
export interface PeriodHighlight {
  kind: 'period';
  id?: string;
  start: PartialDate;
  /** Inclusive: `'1991'` shades to the end of 1991. */
  end: PartialDate;
  text: AnnotationText;
}

/** What the `annotations` prop of every chart takes. */
export type Annotation = Callout | PeriodHighlight;

/** An annotation's text in `locale`, else in English, else its one text. */
export function annotationText(text: AnnotationText, locale: Locale): string {
  if (typeof text === 'string') return text;
  const own = text[locale];
  return typeof own === 'string' && own.trim() ? own : text.en;
}

const isText = (text: unknown): text is string => typeof text === 'string' && text.trim().length > 0;
const isWords = (text: unknown): boolean =>
  isText(text) ||
  (!!text &&
    typeof text === 'object' &&
    isText((text as { en?: unknown }).en) &&
    ['ar', 'ru'].every((l) => {
      const own = (text as Record<string, unknown>)[l];
      return own === undefined || typeof own === 'string';
    }));

const finite = (value: unknown) => value === undefined || (typeof value === 'number' && Number.isFinite(value));
const code = (value: unknown) => value === undefined || (typeof value === 'string' && value.length > 0);

/** The first fault of one annotation (named by its field), or null when a chart can draw it. */
export const checkAnnotation: RecordCheck<Annotation> = (a: unknown): Omit<DroppedRecord, 'id'> | null => {
  if (!a || typeof a !== 'object') return { field: '(annotation)', message: 'is not an object' };
  const r = a as Record<string, unknown>;
  if (!isWords(r.text)) return { field: 'text', message: 'is not text, nor { en, ar?, ru? }' };
  if (r.kind === 'period') {
    const from = dateInterval(r.start as string);
    if (!from) return { field: 'start', message: `is not a date: ${JSON.stringify(r.start)}` };
    const to = dateInterval(r.end as string);
    if (!to) return { field: 'end', message: `is not a date: ${JSON.stringify(r.end)}` };
    if (to.end <= from.start) return { field: 'end', message: `(${r.end}) is before start (${r.start})` };
    return null;
  }
  if (r.kind !== undefined && r.kind !== 'callout') return { field: 'kind', message: 'is not "callout" or "period"' };
  if (!dateInterval(r.date as string)) return { field: 'date', message: `is not a date: ${JSON.stringify(r.date)}` };
  for (const field of ['person', 'lane', 'status', 'row'] as const)
    if (!code(r[field])) return { field, message: 'is not text' };
  for (const field of ['dx', 'dy'] as const) if (!finite(r[field])) return { field, message: 'is not a number' };
  if (r.connector !== undefined && !['line', 'elbow', 'none'].includes(r.connector as string))
    return { field: 'connector', message: 'is not "line", "elbow" or "none"' };
  return null;
};
