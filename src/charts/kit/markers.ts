import { dateInterval } from '../../data/dates.js';
import type { Event } from '../../data/types.js';
import type { Callout } from './annotations.js';
import { LOCALES, type Locale, localize } from './locale.js';

/** Events to mark on a time axis: event ids from `data.events`, or events. */
export type MarkerInput = readonly (string | Event)[];

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

/**
 * Events as annotations, in one line: each event (found by id in `events`,
 * or given whole) becomes a callout at its start, its own headline in every
 * language the chart may speak. Unknown ids and events with no date or
 * headline are left out.
 *
 * @example
 * <TenureGantt data={dataset} annotations={annotationsFromEvents(dataset.events, ['event-1980-10-08-treaty-friendship'])} />
 */
export function annotationsFromEvents(events: readonly Event[] | undefined, ids: MarkerInput | undefined): Callout[] {
  const byId = new Map((Array.isArray(events) ? events : []).map((e) => [e?.id, e]));
  const out: Callout[] = [];
  for (const item of Array.isArray(ids) ? ids : []) {
    const event = typeof item === 'string' ? byId.get(item) : item;
    if (!event || typeof event !== 'object' || !dateInterval(event.start)) continue;
    try {
      const [en, ar, ru] = LOCALES.map((l) => markerText(event, l));
      if (typeof en === 'string' && en.trim()) out.push({ id: event.id, date: event.start, text: { en, ar, ru } });
    } catch {
      // An event without a title in any language names nothing to print.
    }
  }
  return out;
}
