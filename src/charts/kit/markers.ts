import { dateInterval } from '../../data/dates.js';
import type { Event } from '../../data/types.js';
import { stackLabels, textWidth } from './labels.js';
import { type Locale, localize } from './locale.js';

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
  /** The label as printed. */
  label: string;
  /** Label row from the top, so labels never overlap. */
  row: number;
  /** Which way the label runs from the rule. */
  side: 'left' | 'right';
}

/**
 * Finds the marker events, drops unknown ids and undatable events (named in
 * `missing`), and places their labels in rows so none overlaps another.
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
  const rtl = locale === 'ar';
  for (const item of input ?? []) {
    const event = typeof item === 'string' ? byId.get(item) : item;
    const interval = event && typeof event === 'object' ? dateInterval(event.start) : null;
    if (!event || !interval || !event.title) {
      missing.push(typeof item === 'string' ? item : String((item as Partial<Event>)?.id));
      continue;
    }
    const at = x(interval.start);
    if (!(at >= plot.left && at <= plot.right)) continue; // outside the period shown
    const label = shorten(localize(event.title, locale), Math.max(80, (plot.right - plot.left) * 0.35), fontSize);
    const width = textWidth(label, fontSize) + 4;
    // Labels run in reading direction, and turn back where the plot ends.
    let side: 'left' | 'right' = rtl ? 'left' : 'right';
    if (side === 'right' && at + width > plot.right) side = 'left';
    else if (side === 'left' && at - width < plot.left) side = 'right';
    markers.push({ id: event.id, event, x: at, label, row: 0, side });
  }
  const rows = stackLabels(
    markers.map((m) => {
      const width = textWidth(m.label, fontSize) + 4;
      return m.side === 'right' ? { from: m.x, to: m.x + width } : { from: m.x - width, to: m.x };
    }),
  );
  markers.forEach((m, i) => {
    m.row = rows[i];
  });
  return { markers, missing };
}

/**
 * Markers for a chart whose time runs down the side: a rule across the plot
 * at each event's date, labelled where the label clears the one above (the
 * others stay as unlabelled rules; the events keep their titles in the data).
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
  let lastLabelled = Number.NEGATIVE_INFINITY;
  for (const item of input ?? []) {
    const event = typeof item === 'string' ? byId.get(item) : item;
    const at = event && typeof event === 'object' ? dateInterval(event.start) : null;
    if (!event || !at || !event.title) continue;
    const pos = y(at.start);
    if (!(pos >= plot.top && pos <= plot.bottom)) continue;
    const fits = pos - lastLabelled > fontSize + 2;
    const label = fits ? shorten(localize(event.title, locale), plot.right - plot.left - 4, fontSize) : '';
    if (label) lastLabelled = pos;
    placed.push({ id: event.id, event, x: pos, label, row: 0, side: locale === 'ar' ? 'left' : 'right' });
  }
  return placed;
}
