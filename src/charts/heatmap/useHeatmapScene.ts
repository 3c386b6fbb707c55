import { useMemo } from 'react';
import type { Visit } from '../../data/types.js';
import type { Locale } from '../kit/locale.js';
import type { Messages } from '../kit/messages.js';
import { countryNamer, DEFAULT_POLITY_GROUPS } from '../kit/polities.js';
import { startOfToday } from '../kit/sizes.js';
import { useAnnotations } from '../kit/useAnnotations.js';
import { useGuarded } from '../kit/useGuarded.js';
import { useMarkers } from '../kit/useMarkers.js';
import { useStable } from '../kit/useStable.js';
import { checkVisit } from './checkVisit.js';
import { type VisitNaming, visitorNamer, yearSpanText } from './describe.js';
import { periodSpan } from './layout.js';
import { DEFAULT_TENURE_OFFICES, type VisitHeatmapProps } from './props.js';
import { heatmapScene } from './scene.js';

/**
 * The heatmap's data hooks: props compared by content, records checked, the
 * scene laid out (see {@link heatmapScene}), and how the tooltips, the table
 * and the description name things.
 */
export function useHeatmapScene(
  props: VisitHeatmapProps,
  { locale, words, width, id }: { locale: Locale; words: Messages; width: number; id: string },
) {
  const { data, height, today, onInvalid, bin, orientation = 'auto', rows = 'direction-level' } = props;
  // Inline arrays and objects are new on every render; compare them by content.
  const domain = useStable(props.domain);
  const coverage = useStable(props.coverage);
  const markers = useMarkers('VisitHeatmap', props.markers, data?.events, onInvalid);
  const breaks = useStable(props.breaks);
  const polityGroups = useStable(props.polityGroups ?? DEFAULT_POLITY_GROUPS);
  const polityNames = useStable(props.polityNames);
  const tenureOffices = useStable(props.tenureOffices ?? DEFAULT_TENURE_OFFICES);
  const guarded = useGuarded<Visit>('VisitHeatmap', data?.visits, checkVisit, 'visits', onInvalid);
  const annotations = useAnnotations('VisitHeatmap', props.annotations, onInvalid);
  const countryName = useMemo(() => countryNamer(polityNames, locale), [polityNames, locale]);
  const people = useMemo(() => new Map((data?.people ?? []).map((p) => [p.id, p])), [data?.people]);
  const personName = useMemo(() => visitorNamer(people, locale), [people, locale]);
  const spanText = useMemo(() => yearSpanText(locale), [locale]);
  const todayMs = startOfToday(today);
  const tenures = props.tenures && Array.isArray(data?.tenures) ? data.tenures : undefined;
  const events = data?.events;
  const scene = useMemo(
    () =>
      heatmapScene({
        visits: guarded.valid,
        tenures,
        events,
        markers,
        annotations,
        people,
        domain,
        coverage,
        today: todayMs,
        rows,
        orientation,
        bin,
        breaks,
        tenureOffices,
        polityGroups,
        countryName,
        spanText,
        width,
        height,
        locale,
        id,
      }),
    [
      guarded.valid,
      tenures,
      events,
      markers,
      annotations,
      people,
      domain,
      coverage,
      todayMs,
      rows,
      orientation,
      bin,
      breaks,
      tenureOffices,
      polityGroups,
      countryName,
      spanText,
      width,
      height,
      locale,
      id,
    ],
  );
  const naming: VisitNaming = useMemo(
    () => ({
      locale,
      words,
      countryName,
      personName,
      periodText: (p: number, b: number) =>
        scene ? spanText(...periodSpan(p, b, scene.years)) : spanText(p, p + b - 1),
    }),
    [locale, words, countryName, personName, spanText, scene],
  );
  return { dropped: guarded.dropped, scene, shown: scene?.shown ?? guarded.valid, naming };
}
