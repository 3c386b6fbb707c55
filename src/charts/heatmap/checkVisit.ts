import { dateInterval } from '../../data/dates.js';
import type { Visit } from '../../data/types.js';
import type { RecordCheck } from '../kit/guard.js';

const text = (v: unknown) => typeof v === 'string' && v.length > 0;

/** What the heatmap needs of a visit to count it; the first fault found. */
export const checkVisit: RecordCheck<Visit> = (v) => {
  if (!text(v.id)) return { field: 'id', message: 'is missing' };
  if (!text(v.from)) return { field: 'from', message: 'is missing' };
  if (!text(v.to)) return { field: 'to', message: 'is missing' };
  if (!text(v.level)) return { field: 'level', message: 'is missing' };
  const start = dateInterval(v.start);
  if (!start) return { field: 'start', message: `is not a date: ${JSON.stringify(v.start)}` };
  if (v.end != null) {
    const end = dateInterval(v.end);
    if (!end) return { field: 'end', message: `is not a date: ${JSON.stringify(v.end)}` };
    if (end.end <= start.start) return { field: 'end', message: `(${v.end}) is before start (${v.start})` };
  }
  if (!Array.isArray(v.visitors)) return { field: 'visitors', message: 'is not a list' };
  return null;
};
