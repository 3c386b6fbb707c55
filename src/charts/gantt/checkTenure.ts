import { dateInterval } from '../../data/dates.js';
import type { Tenure } from '../../data/types.js';
import type { RecordCheck } from '../kit/guard.js';

const text = (v: unknown) => typeof v === 'string' && v.length > 0;

/** What the Gantt needs of a tenure to draw it; the first fault found. */
export const checkTenure: RecordCheck<Tenure> = (t) => {
  if (!text(t.id)) return { field: 'id', message: 'is missing' };
  if (!text(t.personId)) return { field: 'personId', message: 'is missing' };
  if (!text(t.polity)) return { field: 'polity', message: 'is missing' };
  if (!text(t.office)) return { field: 'office', message: 'is missing' };
  const start = dateInterval(t.start);
  if (!start) return { field: 'start', message: `is not a date: ${JSON.stringify(t.start)}` };
  if (t.end != null) {
    const end = dateInterval(t.end);
    if (!end) return { field: 'end', message: `is not a date: ${JSON.stringify(t.end)}` };
    if (end.end <= start.start) return { field: 'end', message: `(${t.end}) is before start (${t.start})` };
  }
  return null;
};
