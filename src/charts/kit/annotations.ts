import { dateInterval } from '../../data/dates.js';
import type { ArmsDealStatus, PartialDate } from '../../data/types.js';
import { checkSpan, type DroppedRecord, type RecordCheck } from './guard.js';
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
/** Text, or `{ en, ar?, ru? }` with English and only text in the others. */
const isWords = (t: unknown): boolean =>
  isText(t) ||
  (!!t &&
    isText((t as { en?: unknown }).en) &&
    [(t as { ar?: unknown }).ar, (t as { ru?: unknown }).ru].every((o) => o === undefined || typeof o === 'string'));

/** The first fault of one annotation (named by its field), or null when a chart can draw it. */
export const checkAnnotation: RecordCheck<Annotation> = (a: unknown): Omit<DroppedRecord, 'id'> | null => {
  if (!a || typeof a !== 'object') return { field: '(annotation)', message: 'is not an object' };
  const r = a as Record<string, unknown>;
  if (!isWords(r.text)) return { field: 'text', message: 'is not text, nor { en, ar?, ru? }' };
  if (r.kind === 'period') return r.end == null ? { field: 'end', message: 'is missing' } : checkSpan(r.start, r.end);
  if (r.kind !== undefined && r.kind !== 'callout') return { field: 'kind', message: 'is not "callout" or "period"' };
  if (!dateInterval(r.date as string)) return { field: 'date', message: `is not a date: ${JSON.stringify(r.date)}` };
  for (const field of ['person', 'lane', 'status', 'row', 'dx', 'dy', 'connector'] as const) {
    const v = r[field];
    const ok =
      v === undefined ||
      (field === 'dx' || field === 'dy'
        ? Number.isFinite(v)
        : field === 'connector'
          ? v === 'line' || v === 'elbow' || v === 'none'
          : isText(v));
    if (!ok)
      return {
        field,
        message: `is not ${field[0] === 'd' ? 'a number' : field === 'connector' ? '"line", "elbow" or "none"' : 'text'}`,
      };
  }
  return null;
};
