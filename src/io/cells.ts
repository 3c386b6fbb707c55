/**
 * Reads the cells of the package's CSV files back into values: the inverse of
 * the formats `collectionToCsv` writes (see the descriptions in datapackage.json).
 * Lists are separated by "; " outside brackets, so a locator such as
 * "p. 3 (see also p. 9; fn. 2)" stays whole.
 */
import type { Conflict, Quantity, SourceRef } from '../data/types.js';

/** Splits `text` on `separator` where no (…) or […] is open. */
export function splitOutside(text: string, separator = '; '): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(from, i));
      from = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** "name (inside)" → ["name", "inside"]; the brackets must close at the very end. */
function trailingBracket(text: string, open = '(', close = ')'): [string, string | undefined] {
  if (!text.endsWith(close)) return [text, undefined];
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && --depth === 0) {
      if (i > 0 && text[i - 1] === ' ') return [text.slice(0, i - 1), text.slice(i + 1, -1)];
      return [text, undefined];
    }
  }
  return [text, undefined];
}

/** "id (locator); id" → source references. */
export function readRefs(cell: string): SourceRef[] {
  return splitOutside(cell).map((part) => {
    const space = part.indexOf(' ');
    if (space < 0) return { source: part };
    const [source, locator] = [part.slice(0, space), part.slice(space + 1)];
    if (locator.startsWith('(') && locator.endsWith(')')) return { source, locator: locator.slice(1, -1) };
    // Not written by us: keep all of it as the id, so validation names it.
    return { source: part };
  });
}

/** "400-500" → { min, max }; "12" → 12; anything else → the text, for validation to name. */
export function readQuantity(cell: string): Quantity | string {
  const range = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(cell);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  return /^\d+(\.\d+)?(e\d+)?$/i.test(cell) ? Number(cell) : cell;
}

const DATE_FIELDS = new Set(['start', 'end', 'date', 'born', 'died', 'accessed']);

function readValue(field: string, text: string): Conflict['value'] {
  if (text === 'null') return null;
  if (DATE_FIELDS.has(field)) return text;
  if (text === 'true' || text === 'false') return text === 'true';
  return /^-?\d+(\.\d+)?(e\d+)?$/i.test(text) ? Number(text) : text;
}

/** 'field=value [refs] note; field=value [refs]' → conflicts. A "; " inside a note does not split it. */
export function readConflicts(cell: string): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const part of splitOutside(cell)) {
    const head = /^([A-Za-z_][\w.[\]]*)=/.exec(part);
    if (!head && conflicts.length) {
      const last = conflicts[conflicts.length - 1];
      last.note = last.note ? `${last.note}; ${part}` : part;
      continue;
    }
    const field = head ? head[1] : '';
    const rest = head ? part.slice(head[0].length) : part;
    const open = rest.indexOf(' [');
    const close = open < 0 ? -1 : rest.indexOf(']', open);
    if (open < 0 || close < 0) {
      conflicts.push({ field, value: readValue(field, rest), sources: [] });
      continue;
    }
    const note = rest.slice(close + 1).trim();
    conflicts.push({
      field,
      value: readValue(field, rest.slice(0, open)),
      sources: readRefs(rest.slice(open + 2, close)),
      ...(note ? { note } : {}),
    });
  }
  return conflicts;
}

/** "MiG-21 (aircraft) × 45; launchers (missiles) × 400-500" → items. */
export function readItems(cell: string): { system: string; category: string; quantity?: Quantity | string }[] {
  return splitOutside(cell).map((part) => {
    const times = part.lastIndexOf(' × ');
    const quantity = times < 0 ? undefined : readQuantity(part.slice(times + 3));
    const [system, category] = trailingBracket(times < 0 ? part : part.slice(0, times));
    return { system, category: category ?? '', ...(quantity === undefined ? {} : { quantity }) };
  });
}

/** "hafez-al-assad; An aide (interpreter)" → person ids (those in `people`) or names with roles. */
export function readVisitors(cell: string, people: ReadonlySet<string>): (string | { name: string; role?: string })[] {
  return splitOutside(cell).map((part) => {
    if (people.has(part)) return part;
    const [name, role] = trailingBracket(part);
    return role ? { name, role } : { name };
  });
}

/** "a; b" → ["a", "b"]. */
export const readList = (cell: string): string[] => splitOutside(cell);
