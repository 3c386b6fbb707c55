/** Tallest a chart may be asked to be: the work (ticks, rows) grows with it. */
export const MAX_HEIGHT = 20_000;

/**
 * What a prop must be for a chart to use it: a list of texts or of numbers,
 * text or a list of texts, a map of texts, a size in pixels, a period, a
 * number, a function; `collections` are the lists of records in `data` the
 * chart reads beside its own (the chart checks its own and names what it leaves out).
 */
export type PropKind =
  | 'text'
  | 'texts'
  | 'numbers'
  | 'textOrTexts'
  | 'textMap'
  | 'size'
  | 'period'
  | 'number'
  | 'function';

const isText = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Cleaned copies by the object they were made from: the same input gives the same output, so
// memos and effects keyed on it do not run again on every render.
const copies = new WeakMap<object, unknown>();
const cached = <T extends object, R>(input: T, make: (input: T) => R): R => {
  if (!copies.has(input)) copies.set(input, make(input));
  return copies.get(input) as R;
};

/** The items of a list that pass `keep`: the list itself when all do. */
const keepItems = (list: readonly unknown[], keep: (item: unknown) => boolean) =>
  list.every(keep) ? list : cached(list, (l) => l.filter(keep));

function clean(kind: PropKind, value: unknown): unknown {
  if (value === undefined) return undefined;
  switch (kind) {
    case 'text':
      return isText(value) ? value : undefined;
    case 'texts':
      return Array.isArray(value) ? keepItems(value, isText) : undefined;
    case 'numbers':
      return Array.isArray(value) ? keepItems(value, Number.isFinite) : undefined;
    case 'textOrTexts':
      return isText(value) ? value : Array.isArray(value) ? keepItems(value, isText) : undefined;
    case 'textMap':
      if (!isRecord(value)) return undefined;
      return Object.values(value).every(isText)
        ? value
        : cached(value, (v) => Object.fromEntries(Object.entries(v).filter(([, text]) => isText(text))));
    case 'size':
      return typeof value === 'number' && value > 0 && Number.isFinite(value) ? Math.min(value, MAX_HEIGHT) : undefined;
    case 'period':
      return Array.isArray(value) && value.length === 2 ? value : undefined;
    case 'number':
      return Number.isFinite(value) ? value : undefined;
    case 'function':
      return typeof value === 'function' ? value : undefined;
  }
}

/** The records of a list a chart only looks up (people, events, sources): objects with an id. */
const lookupList = (value: unknown) =>
  Array.isArray(value) ? keepItems(value, (r) => isRecord(r) && isText(r.id)) : undefined;

/**
 * A chart's props as it can use them: each prop named in `kinds` that is not
 * of its kind is dropped (the chart's default applies), lists keep only the
 * items of their kind, and the lists in `data` the chart only looks up keep
 * only records with an id. Whatever a caller passes, the chart draws.
 */
/** The kinds of the props every time chart shares (TimeChartProps and the frame's words). */
export const TIME_CHART_PROPS = {
  title: 'text',
  subtitle: 'text',
  notes: 'text',
  byline: 'text',
  description: 'text',
  width: 'size',
  height: 'size',
  domain: 'period',
} as const satisfies Record<string, PropKind>;

export function cleanProps<P extends { data?: unknown }>(
  props: P,
  kinds: Partial<Record<keyof P, PropKind>>,
  lookups: readonly string[],
): P {
  const out: Record<string, unknown> = { ...props };
  for (const [key, kind] of Object.entries(kinds) as [string, PropKind][]) {
    if (key in out) out[key] = clean(kind, out[key]);
  }
  const data = props.data;
  if (isRecord(data) && lookups.some((name) => data[name] !== undefined && lookupList(data[name]) !== data[name])) {
    out.data = cached(data, (d) => {
      const copy: Record<string, unknown> = { ...d };
      for (const name of lookups) if (name in copy) copy[name] = lookupList(copy[name]);
      return copy;
    });
  } else if (!isRecord(data)) out.data = {};
  return out as P;
}

/** The props a chart hands to ChartFrame: all but its own (`own`), which the chart reads or passes itself. */
export function frameProps<P extends object, K extends keyof P>(props: P, own: readonly K[]): Omit<P, K> {
  const frame: Partial<P> = { ...props };
  for (const key of own) delete frame[key];
  return frame as Omit<P, K>;
}
