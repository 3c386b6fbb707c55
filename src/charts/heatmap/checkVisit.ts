import type { Visit } from '../../data/types.js';
import { checkCode, checkProvenance, checkSpan, hasText, type RecordCheck } from '../kit/guard.js';

const shown = (value: unknown) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

/** What the heatmap needs of a visit to count it; the first fault found. */
export const checkVisit: RecordCheck<Visit> = (v) => {
  if (!hasText(v.id)) return { field: 'id', message: 'is missing' };
  const code = checkCode('from', v.from) ?? checkCode('to', v.to) ?? checkCode('level', v.level);
  if (code) return code;
  const span = checkSpan(v.start, v.end);
  if (span) return span;
  if (!Array.isArray(v.visitors)) return { field: 'visitors', message: 'is not a list' };
  // Drawn in the tooltip and the table: text, or the record is left out.
  for (let i = 0; i < v.visitors.length; i++) {
    const who = v.visitors[i] as unknown;
    if (hasText(who)) continue;
    const { name, role } = (who ?? {}) as { name?: unknown; role?: unknown };
    if (!hasText(name)) return { field: `visitors[${i}]`, message: `is neither a name nor { name }: ${shown(who)}` };
    if (role !== undefined && typeof role !== 'string')
      return { field: `visitors[${i}].role`, message: `is not text: ${shown(role)}` };
  }
  for (const field of ['city', 'purpose', 'outcome'] as const)
    if (v[field] != null && typeof v[field] !== 'string') return { field, message: `is not text: ${shown(v[field])}` };
  return checkProvenance(v);
};
