import type { Tenure } from '../../data/types.js';
import { checkCode, checkProvenance, checkSpan, hasText, type RecordCheck } from '../kit/guard.js';

/** What the Gantt needs of a tenure to draw it; the first fault found. */
export const checkTenure: RecordCheck<Tenure> = (t) => {
  if (!hasText(t.id)) return { field: 'id', message: 'is missing' };
  const code = checkCode('personId', t.personId) ?? checkCode('polity', t.polity) ?? checkCode('office', t.office);
  if (code) return code;
  return checkSpan(t.start, t.end) ?? checkProvenance(t);
};
