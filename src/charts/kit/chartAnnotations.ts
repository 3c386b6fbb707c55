import {
  type AnnotationPlan,
  type AnnotationSpace,
  badgeRadius,
  type DrawnCallout,
  drawCallouts,
  edgeColumn,
  planAnnotations,
} from './annotationLayout.js';
import type { Annotation, Callout } from './annotations.js';
import { formatPartialDate, type Locale, separators } from './locale.js';

/** A chart's annotations, placed: periods and notes as planned, callouts joined to their points. */
export interface ChartAnnotations extends AnnotationPlan {
  drawn: DrawnCallout[];
}

/** The point of a callout on a laid-out chart: the mark it names, or null for its moment's rule. */
export type CalloutPoint = (callout: Callout, x: number) => { x: number; y: number } | null;

/**
 * A chart's annotations worked out around its layout: labels planned over
 * the plot first (their band is the space the layout leaves at its top),
 * then the layout made with that space (and, where time runs down, `edge`
 * pixels kept free past the plot's far end for numbers), then each callout joined to the
 * point `pointOf` finds on it. Where time runs down the side, labels take
 * no band, but the layout's top moves time along: `down` gives the space
 * measured on the layout made, and the annotations are planned again on it.
 * Null layout, null result.
 */
export function annotateLayout<L extends { height: number; plot: { top: number } }>(
  annotations: readonly Annotation[],
  space: AnnotationSpace,
  lay: (band: number, edge: number) => L | null,
  pointOf: (layout: L) => CalloutPoint,
  down?: (layout: L) => AnnotationSpace,
): { layout: L; annotations: ChartAnnotations } | null {
  const first = planAnnotations(annotations, space);
  const layout = lay(first.band, first.edge);
  if (!layout) return null;
  const plan = down ? planAnnotations(annotations, down(layout)) : first;
  const drawn = drawCallouts(
    plan,
    pointOf(layout),
    { width: space.width, height: layout.height },
    space.locale,
    space.fontSize,
    down ? down(layout).plot : space.plot,
  );
  if (space.down) {
    // Time runs down: numbers go in the strip past the plot's far end, on their rows, none on another.
    // (The plan is this call's own, so its items take their places here.)
    const r = badgeRadius(space.fontSize);
    const loose = [
      ...drawn.map((d) => ({ item: d.placed, at: d.point?.y ?? d.placed.x })),
      ...plan.periods.map((p) => ({ item: p, at: p.from + r + 2 })),
    ].filter(({ item }) => item.number && !item.badge);
    const spots = edgeColumn(
      loose.map(({ item, at }) => ({ at, number: item.number as string })),
      space.width - r - 2,
      layout.height,
      space.fontSize,
    );
    loose.forEach(({ item }, i) => {
      item.badge = spots[i];
    });
  }
  return { layout, annotations: { ...plan, drawn } };
}

/** The words around annotations: the hidden table's caption and headings, and the <desc>'s lead-in. */
export const ANNOTATION_WORDS: Record<Locale, { caption: string; date: string; text: string }> = {
  en: { caption: 'Annotations', date: 'Date', text: 'Annotation' },
  ar: { caption: 'تعليقات', date: 'التاريخ', text: 'التعليق' },
  ru: { caption: 'Пояснения', date: 'Дата', text: 'Пояснение' },
};

/** What the `<desc>` adds for the annotations shown: each date and text, in order of time. */
export function describeAnnotations(a: ChartAnnotations | null | undefined, locale: Locale): string {
  if (!a) return '';
  const items = [
    ...a.periods.map((p) => ({
      at: p.from,
      text: `${formatPartialDate(p.annotation.start, locale)}–${formatPartialDate(p.annotation.end, locale)}: ${p.text}`,
    })),
    ...a.callouts.map((c) => ({ at: c.x, text: `${formatPartialDate(c.annotation.date, locale)}: ${c.text}` })),
  ];
  if (!items.length) return '';
  const rtl = locale === 'ar';
  items.sort((x, y) => (rtl ? y.at - x.at : x.at - y.at));
  return ` ${ANNOTATION_WORDS[locale].caption}: ${items.map((i) => i.text).join(separators(locale).semicolon)}.`;
}
