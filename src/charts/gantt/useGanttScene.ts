import { useCallback, useMemo } from 'react';
import type { Office, Tenure } from '../../data/types.js';
import type { Locale } from '../kit/locale.js';
import { countryNamer, DEFAULT_POLITY_GROUPS } from '../kit/polities.js';
import { startOfToday } from '../kit/sizes.js';
import { useAnnotations } from '../kit/useAnnotations.js';
import { useGuarded } from '../kit/useGuarded.js';
import { useMarkers } from '../kit/useMarkers.js';
import { useStable } from '../kit/useStable.js';
import { checkTenure } from './checkTenure.js';
import type { TenureNaming } from './describe.js';
import { peopleById } from './names.js';
import type { TenureGanttProps } from './props.js';
import { ganttScene, pickTenures } from './scene.js';
import type { TenureWords } from './words.js';

/**
 * The Gantt's data hooks: props compared by content, records checked, the
 * scene laid out (see {@link ganttScene}), and the words for tooltips and the table.
 */
export function useGanttScene(
  props: TenureGanttProps,
  { locale, words, width }: { locale: Locale; words: TenureWords; width: number },
) {
  const { data, height, today, onInvalid } = props;
  // Inline arrays and objects are new on every render; compare them by content.
  const domain = useStable(props.domain);
  const markers = useMarkers('TenureGantt', props.markers, data?.events, onInvalid);
  const highlight = useStable(props.highlight);
  const polities = useStable(props.polities);
  const offices = useStable(props.offices);
  const polityGroups = useStable(props.polityGroups ?? DEFAULT_POLITY_GROUPS);
  const polityNames = useStable(props.polityNames);
  const guarded = useGuarded<Tenure>('TenureGantt', data?.tenures, checkTenure, 'tenures', onInvalid);
  const annotations = useAnnotations('TenureGantt', props.annotations, onInvalid);
  const shown = useMemo(() => pickTenures(guarded.valid, polities, offices), [guarded.valid, polities, offices]);
  const countryName = useMemo(() => countryNamer(polityNames, locale), [polityNames, locale]);
  const officeName = useCallback((office: string) => words.offices[office as Office] ?? office, [words]);
  const people = useMemo(() => peopleById(data?.people), [data?.people]);
  const todayMs = startOfToday(today);
  const events = data?.events;
  const layout = useMemo(
    () =>
      ganttScene({
        tenures: shown,
        people,
        events,
        markers,
        annotations,
        domain,
        width,
        height,
        today: todayMs,
        locale,
        polityGroups,
        countryName,
        officeName,
      }),
    [
      shown,
      people,
      events,
      markers,
      annotations,
      domain,
      width,
      height,
      todayMs,
      locale,
      polityGroups,
      countryName,
      officeName,
    ],
  );
  const highlighted = useMemo(
    () => (highlight == null ? null : new Set(typeof highlight === 'string' ? [highlight] : highlight)),
    [highlight],
  );
  // The tenures drawn: those in the period shown, so the credits and "Get the data" match the picture.
  const drawn = useMemo(() => (layout ? layout.bars.map((b) => b.tenure) : shown), [layout, shown]);
  const naming: TenureNaming = useMemo(
    () => ({ name: layout?.nameOf ?? ((t: Tenure) => t.personId), officeName, countryName, words, locale }),
    [layout, officeName, countryName, words, locale],
  );
  return { dropped: guarded.dropped, layout, highlighted, drawn, naming };
}
