import { dateInterval } from '../../data/dates.js';
import type { ArmsDeal, Quantity } from '../../data/types.js';
import { checkProvenance, hasText, type RecordCheck } from '../kit/guard.js';

const STATUSES = ['requested', 'refused', 'agreed', 'delivered'];
const amount = (q: Quantity | undefined): string | null => {
  if (q === undefined) return null;
  if (typeof q === 'number') return Number.isFinite(q) && q >= 0 ? null : `is not a number of 0 or more: ${q}`;
  if (!q || typeof q !== 'object') return `is neither a number nor a range: ${JSON.stringify(q)}`;
  if (!(Number.isFinite(q.min) && Number.isFinite(q.max) && q.min >= 0 && q.min <= q.max))
    return `is not a range with 0 ≤ min ≤ max: ${JSON.stringify(q)}`;
  return null;
};

/** What the arms chart needs of a deal to draw it; the first fault found. */
export const checkArmsDeal: RecordCheck<ArmsDeal> = (d) => {
  if (!hasText(d.id)) return { field: 'id', message: 'is missing' };
  if (!dateInterval(d.date)) return { field: 'date', message: `is not a date: ${JSON.stringify(d.date)}` };
  if (d.end !== undefined && !dateInterval(d.end))
    return { field: 'end', message: `is not a date: ${JSON.stringify(d.end)}` };
  if (!STATUSES.includes(d.status))
    return { field: 'status', message: `is not one of ${STATUSES.join(', ')}: ${JSON.stringify(d.status)}` };
  if (!Array.isArray(d.items) || d.items.length === 0) return { field: 'items', message: 'is empty' };
  for (let i = 0; i < d.items.length; i++) {
    const item = d.items[i];
    if (!item || !hasText(item.system)) return { field: `items[${i}].system`, message: 'is missing' };
    if (!hasText(item.category)) return { field: `items[${i}].category`, message: 'is missing' };
    const fault = amount(item.quantity);
    if (fault) return { field: `items[${i}].quantity`, message: fault };
  }
  const fault = amount(d.valueUsd);
  return fault ? { field: 'valueUsd', message: fault } : checkProvenance(d);
};
