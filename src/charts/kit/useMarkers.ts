import { useMemo } from 'react';
import { dateInterval } from '../../data/dates.js';
import type { Event } from '../../data/types.js';
import type { RecordCheck } from './guard.js';
import { type OnInvalid, useGuarded } from './useGuarded.js';
import { useStable } from './useStable.js';

// Stands for an id in `markers` that `data.events` does not have, so the check can name it.
const MISSING = 'dm-missing';

const checkMarker: RecordCheck<Event> = (event) =>
  MISSING in event
    ? { field: 'markers', message: 'names no event in data.events' }
    : !dateInterval(event.start)
      ? { field: 'start', message: 'is not a date' }
      : !event.title || typeof event.title !== 'object'
        ? { field: 'title', message: 'is not a headline' }
        : null;

/**
 * A chart's `markers` as the events it can mark: ids looked up in
 * `data.events`, events given whole, and every one it cannot mark (an id
 * with no event, an event with no date) reported as a chart's invalid
 * records are, named by id and field.
 */
export function useMarkers(
  chart: string,
  markers: unknown,
  events: readonly Event[] | undefined,
  onInvalid: OnInvalid | undefined,
): readonly Event[] {
  const asked = useStable(markers);
  const found = useMemo(() => {
    if (!Array.isArray(asked)) return asked;
    const byId = new Map((Array.isArray(events) ? events : []).map((e) => [e?.id, e]));
    return asked.map((m) => (typeof m === 'string' ? (byId.get(m) ?? { id: m, [MISSING]: true }) : m));
  }, [asked, events]);
  return useGuarded<Event>(chart, found, checkMarker, 'markers', onInvalid).valid;
}
