import { dateInterval } from '../../data/dates.js';
import type { Event } from '../../data/types.js';
import { textWidth } from './labels.js';
import { directionOf, type Locale, localize } from './locale.js';

/** Cuts a label at a word to fit `space` pixels, with an ellipsis; the full title stays in the data table and CSV. */
export function shorten(label: string, space: number, fontSize: number): string {
  if (textWidth(label, fontSize) <= space) return label;
  const words = label.split(' ');
  while (words.length > 1) {
    words.pop();
    const text = `${words.join(' ').replace(/[,;:–-]$/, '')}…`;
    if (textWidth(text, fontSize) <= space) return text;
  }
  return `${label.slice(0, Math.max(1, Math.floor(space / (fontSize * 0.6)) - 1))}…`;
}

/** Events to mark on a time axis: event ids from `data.events`, or events themselves. */
export type MarkerInput = readonly (string | Event)[];

/** An event marker placed on a chart: a labelled rule across the plot. */
export interface PlacedMarker {
  id: string;
  event: Event;
  /** Position of the rule along the time axis: x, or y where time runs down the side. */
  x: number;
  /** The label as printed; empty where no label fits without touching another label or rule. */
  label: string;
  /** Label row from the top, so labels never overlap. */
  row: number;
  /** Which way the label runs from the rule. */
  side: 'left' | 'right';
}

/** Label rows above the plot at most: past two, a reader loses which label belongs to which rule. */
export const MARKER_ROWS = 2;
/** Pixels kept free between a label and the next label or rule. */
const GAP = 4;

const ARABIC_DIGITS = /[0-9]/g;

/**
 * A marker's headline as the locale prints it: the event's short headline,
 * else its title (either in the reader's language first), with the digits the locale's axis uses ("حرب تشرين ١٩٧٣").
 */
export function markerText(event: Event, locale: Locale): string {
  // A title in the reader's language before a short headline in English.
  const text =
    event.short?.[locale] ?? event.title[locale] ?? (event.short ? localize(event.short, locale) : event.title.en);
  return locale === 'ar' ? text.replace(ARABIC_DIGITS, (d) => String.fromCharCode(0x660 + Number(d))) : text;
}

/** Whether an event has a label to print: its title (or short headline) is text in some language. */
const labelled = (event: Event, locale: Locale): boolean => {
  try {
    return typeof markerText(event, locale) === 'string';
  } catch {
    return false;
  }
};

/**
 * Finds the marker events, drops unknown ids and undatable events (named in
 * `missing`), and labels them in at most {@link MARKER_ROWS} rows: a label
 * takes the first row and side where it touches no other label and no other
 * marker's rule (rules run down from their own label's row), else it is cut
 * shorter, else left out (the rule stays; the event keeps its title in the data).
 */
export function placeMarkers(
  input: MarkerInput | undefined,
  events: readonly Event[] | undefined,
  x: (time: number) => number,
  plot: { left: number; right: number },
  locale: Locale,
  fontSize: number,
): { markers: PlacedMarker[]; missing: string[] } {
  const byId = new Map((events ?? []).map((e) => [e.id, e]));
  const markers: PlacedMarker[] = [];
  const missing: string[] = [];
  const rtl = directionOf(locale) === 'rtl';
  for (const item of input ?? []) {
    const event = typeof item === 'string' ? byId.get(item) : item;
    const interval = event && typeof event === 'object' ? dateInterval(event.start) : null;
    if (!event || !interval || !event.title || !labelled(event, locale)) {
      missing.push(typeof item === 'string' ? item : String((item as Partial<Event>)?.id));
      continue;
    }
    const at = x(interval.start);
    if (!(at >= plot.left && at <= plot.right)) continue; // outside the period shown
    markers.push({ id: event.id, event, x: at, label: '', row: 0, side: rtl ? 'left' : 'right' });
  }
  const space = Math.max(80, (plot.right - plot.left) * 0.35);
  const placed: { from: number; to: number; row: number; x: number }[] = [];
  // Earliest first, so labels stack the same way whatever order the events were asked in.
  for (const m of [...markers].sort((a, b) => a.x - b.x)) {
    const full = markerText(m.event, locale);
    const forms = [...new Set([shorten(full, space, fontSize), shorten(full, space / 2, fontSize)])];
    const sides: ('left' | 'right')[] = rtl ? ['left', 'right'] : ['right', 'left'];
    search: for (const label of forms) {
      const width = textWidth(label, fontSize) + 3;
      for (let row = 0; row < MARKER_ROWS; row++) {
        for (const side of sides) {
          const from = side === 'right' ? m.x : m.x - width;
          const to = side === 'right' ? m.x + width : m.x;
          if (from < plot.left || to > plot.right) continue;
          const clear = placed.every(
            (p) =>
              // Not on another label in its row,
              (p.row !== row || from >= p.to + GAP || to <= p.from - GAP) &&
              // not crossed by a rule from a row above,
              (p.row >= row || p.x < from - GAP || p.x > to + GAP) &&
              // and its own rule crosses no label below.
              (p.row <= row || m.x < p.from - GAP || m.x > p.to + GAP),
          );
          if (!clear) continue;
          Object.assign(m, { label, row, side });
          placed.push({ from, to, row, x: m.x });
          break search;
        }
      }
    }
  }
  return { markers, missing };
}

/**
 * Markers for a chart whose time runs down the side: a rule across the plot
 * at each event's date, labelled above its rule where the label clears every
 * other rule (the others stay as unlabelled rules; the events keep their
 * titles in the data).
 */
export function placeMarkersDown(
  input: MarkerInput | undefined,
  events: readonly Event[] | undefined,
  y: (time: number) => number,
  plot: { top: number; bottom: number; left: number; right: number },
  locale: Locale,
  fontSize: number,
): PlacedMarker[] {
  const byId = new Map((events ?? []).map((e) => [e.id, e]));
  const placed: PlacedMarker[] = [];
  for (const item of input ?? []) {
    const event = typeof item === 'string' ? byId.get(item) : item;
    const at = event && typeof event === 'object' ? dateInterval(event.start) : null;
    if (!event || !at || !event.title || !labelled(event, locale)) continue;
    const pos = y(at.start);
    if (!(pos >= plot.top && pos <= plot.bottom)) continue;
    placed.push({
      id: event.id,
      event,
      x: pos,
      label: '',
      row: 0,
      side: directionOf(locale) === 'rtl' ? 'left' : 'right',
    });
  }
  placed.sort((a, b) => a.x - b.x);
  // A label sits just above its rule, a line of text tall: no other rule may run through it, nor the label above.
  const tall = fontSize * 1.25 + 3;
  for (const m of placed) {
    const top = m.x - tall;
    const crossed = placed.some((o) => o !== m && o.x >= top - 1 && o.x <= m.x + 1);
    // A label may rise a line above the plot, into the margin, but not further.
    if (crossed || top < plot.top - tall) continue;
    m.label = shorten(markerText(m.event, locale), plot.right - plot.left - 4, fontSize);
  }
  return placed;
}
