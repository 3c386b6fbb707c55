import type { Tenure } from '../../data/types.js';
import { checkProvenance, checkSpan, hasText, type RecordCheck } from '../kit/guard.js';

/** What the Gantt needs of a tenure to draw it; the first fault found. */
export const checkTenure: RecordCheck<Tenure> = (t) => {
  if (!hasText(t.id)) return { field: 'id', message: 'is missing' };
  if (!hasText(t.personId)) return { field: 'personId', message: 'is missing' };
  if (!hasText(t.polity)) return { field: 'polity', message: 'is missing' };
  if (!hasText(t.office)) return { field: 'office', message: 'is missing' };
  return checkSpan(t.start, t.end) ?? checkProvenance(t);
};
