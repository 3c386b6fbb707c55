import { dateInterval } from '../../data/dates.js';

/** Why a chart left a record out. */
export interface DroppedRecord {
  /** The record's `id`, or its position when it has none. */
  id: string;
  /** The field at fault. */
  field: string;
  /** What is wrong with it. */
  message: string;
}

/** A chart's own check of one record: the first fault found, or null when the record can be drawn. */
export type RecordCheck<T> = (record: T) => Omit<DroppedRecord, 'id'> | null;

/** The records a chart can draw, and those it left out with the reason. */
export interface Guarded<T> {
  valid: T[];
  dropped: DroppedRecord[];
}

/**
 * Splits records into those a chart can draw and those it cannot, never
 * throwing: non-objects, nulls, checks that throw and ids already used
 * (marks are keyed by id) all count as dropped.
 */
export function guardRecords<T>(records: unknown, check: RecordCheck<T>, collection: string): Guarded<T> {
  const valid: T[] = [];
  const dropped: DroppedRecord[] = [];
  const seen = new Set<string>();
  if (!Array.isArray(records)) {
    if (records !== undefined) dropped.push({ id: collection, field: collection, message: 'is not an array' });
    return { valid, dropped };
  }
  records.forEach((record, index) => {
    const id =
      record && typeof record === 'object' && hasText((record as { id?: unknown }).id)
        ? (record as { id: string }).id
        : `${collection}[${index}]`;
    if (!record || typeof record !== 'object') {
      dropped.push({ id, field: '(record)', message: 'is not an object' });
      return;
    }
    let fault: Omit<DroppedRecord, 'id'> | null;
    try {
      fault = check(record as T);
    } catch (error) {
      fault = { field: '(record)', message: `could not be read: ${String(error)}` };
    }
    if (!fault && seen.has(id)) fault = { field: 'id', message: 'is used by another record' };
    if (fault) dropped.push({ id, ...fault });
    else {
      seen.add(id);
      valid.push(record as T);
    }
  });
  return { valid, dropped };
}

const warned = new Set<string>();

/**
 * One console warning per chart and set of dropped records, in development
 * builds only, naming each record and field so the data can be fixed.
 */
export function warnDropped(chart: string, dropped: readonly DroppedRecord[]): void {
  if (dropped.length === 0) return;
  if (typeof process !== 'undefined' && process.env?.NODE_ENV === 'production') return;
  const lines = dropped.map((d) => `  ${d.id}: ${d.field} ${d.message}`);
  const text = `[damascus-moscow] ${chart} left out ${dropped.length} invalid record${dropped.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(text);
}

/** Every chart counts and credits sources, and lists conflicts: `sources` a list of `{ source }`, `conflicts` a list. */
export function checkProvenance({
  sources,
  conflicts,
}: {
  sources?: unknown;
  conflicts?: unknown;
}): Omit<DroppedRecord, 'id'> | null {
  if (!Array.isArray(sources)) return { field: 'sources', message: 'is not a list' };
  const bad = sources.findIndex((ref) => !ref || typeof ref !== 'object' || !hasText(ref.source));
  if (bad !== -1) return { field: `sources[${bad}]`, message: 'is not a reference ({ source: id })' };
  if (conflicts !== undefined && !(Array.isArray(conflicts) && conflicts.every((c) => c && typeof c === 'object')))
    return { field: 'conflicts', message: 'is not a list of conflicts' };
  return null;
}

/**
 * The fault of a code (a country, an office, a level), or null: non-empty
 * text that is not a name objects carry (`__proto__`, `constructor`), which
 * would find the built-in instead of a label when looked up.
 */
export const checkCode = (field: string, value: unknown): Omit<DroppedRecord, 'id'> | null =>
  !hasText(value)
    ? { field, message: 'is missing' }
    : (value as string) in Object.prototype
      ? { field, message: `is not a code: ${JSON.stringify(value)}` }
      : null;

/** A non-empty string: what a record's ids and codes must be. */
export const hasText = (value: unknown): boolean => typeof value === 'string' && value.length > 0;

/**
 * The first fault of a record's `start` and optional `end` partial dates:
 * not a date, or an end before the start. Null when both can be drawn.
 */
export function checkSpan(start: unknown, end: unknown): Omit<DroppedRecord, 'id'> | null {
  const from = dateInterval(start as string);
  if (!from) return { field: 'start', message: `is not a date: ${JSON.stringify(start)}` };
  if (end == null) return null;
  const to = dateInterval(end as string);
  if (!to) return { field: 'end', message: `is not a date: ${JSON.stringify(end)}` };
  if (to.end <= from.start) return { field: 'end', message: `(${end}) is before start (${start})` };
  return null;
}
