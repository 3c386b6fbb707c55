import type { Visit } from '../../data/types.js';
import { checkSpan, hasText, type RecordCheck } from '../kit/guard.js';

/** What the heatmap needs of a visit to count it; the first fault found. */
export const checkVisit: RecordCheck<Visit> = (v) => {
  if (!hasText(v.id)) return { field: 'id', message: 'is missing' };
  if (!hasText(v.from)) return { field: 'from', message: 'is missing' };
  if (!hasText(v.to)) return { field: 'to', message: 'is missing' };
  if (!hasText(v.level)) return { field: 'level', message: 'is missing' };
  const span = checkSpan(v.start, v.end);
  if (span) return span;
  if (!Array.isArray(v.visitors)) return { field: 'visitors', message: 'is not a list' };
  return null;
};
