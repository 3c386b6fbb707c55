import { Annotation, CircleSubject, Connector, LineSubject } from '@visx/annotation';
import {
  type AnnotationLabel,
  badgeRadius,
  type DrawnCallout,
  noteRadius,
  type PlacedPeriod,
} from '../kit/annotationLayout.js';
import type { ChartAnnotations } from '../kit/chartAnnotations.js';
import { halo } from '../kit/halo.js';
import { themeVar } from '../kit/theme.js';

/** Props of {@link Callouts}. */
export interface CalloutsProps {
  /** Callouts as `drawCallouts` resolved them against the chart. */
  callouts: readonly DrawnCallout[];
  /** Periods as `planAnnotations` placed them: their labels and brackets in the band, their numbers on the plot. */
  periods?: readonly PlacedPeriod[];
  /** Where a callout naming only a moment draws its rule: from the band's foot (`AnnotationPlan.foot`) to the plot's bottom. */
  top: number;
  bottom: number;
  fontSize: number;
  /**
   * Time runs down the side: a moment's rule goes across the plot, between these edges. Numbers sit
   * where their `badge` says: in the strip past the plot's far end (`AnnotationPlan.edge`), placed
   * by the chart's layout with `edgeColumn`.
   */
  across?: { left: number; right: number; rtl: boolean; width: number };
  /**
   * Draw only the rules of callouts that name a moment (under the marks, so a rule never crosses a
   * name), or only the rest (over them); default both.
   */
  part?: 'all' | 'rules' | 'labels';
}

/** {@link Callouts}' props for a chart's annotations over its plot (`across`: where time runs down the side). */
export const calloutsOf = (
  annotations: ChartAnnotations,
  plot: { top: number; bottom: number },
  fontSize: number,
  across?: CalloutsProps['across'],
): CalloutsProps => ({
  callouts: annotations.drawn,
  periods: annotations.periods,
  top: annotations.foot,
  bottom: plot.bottom,
  fontSize,
  across,
});

/** A label's lines, with a halo so lines and marks beneath stop short of the letters. */
export function AnnotationText({ label, fontSize }: { label: AnnotationLabel; fontSize: number }) {
  const lh = Math.round(fontSize * 1.3);
  return (
    <text x={label.x} y={label.y} textAnchor={label.anchor} fontSize={fontSize} fill={themeVar('text')} {...halo}>
      {label.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one text, in order, never reordered.
        <tspan key={i} x={label.x} dy={i === 0 ? 0 : lh}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A number in a disc: a callout or period whose text is in the notes under the chart. */
export function NoteNumber({ x, y, number, fontSize }: { x: number; y: number; number: string; fontSize: number }) {
  const r = noteRadius(number, fontSize);
  return (
    <g className="dm-note-number" data-note={number}>
      <circle cx={x} cy={y} r={r} fill={themeVar('text')} stroke={themeVar('background')} strokeWidth={1.5} />
      <text x={x} y={y + fontSize * 0.35} textAnchor="middle" fontSize={fontSize - 1} fill={themeVar('background')}>
        {number}
      </text>
    </g>
  );
}

/**
 * Callouts over a chart, on `@visx/annotation`: each names its point with
 * a circle (`CircleSubject`), or its moment with a rule across the plot
 * (`LineSubject`), joined to its label by a `Connector`. The labels are our
 * own text, measured without a DOM, so the server, the browser and a static
 * export place them alike (visx's `Label` measures itself in the browser).
 */
export function Callouts({ callouts, periods = [], top, bottom, fontSize, across, part = 'all' }: CalloutsProps) {
  if (!callouts.length && !periods.length) return null;
  const r = badgeRadius(fontSize);
  const rule = { stroke: themeVar('text'), strokeDasharray: '1 3', strokeLinecap: 'round' } as const;
  if (part === 'rules')
    return (
      <g className="dm-callout-rules" pointerEvents="none">
        {callouts.map(({ placed, point }, i) =>
          point ? null : across ? (
            <LineSubject
              // biome-ignore lint/suspicious/noArrayIndexKey: ids are optional and may repeat; the plan's order is the same from render to render.
              key={`${placed.annotation.id}-${i}`}
              data-annotation={placed.annotation.id}
              y={placed.x}
              orientation="horizontal"
              min={across.left}
              max={across.right}
              {...rule}
            />
          ) : (
            <LineSubject
              // biome-ignore lint/suspicious/noArrayIndexKey: ids are optional and may repeat; the plan's order is the same from render to render.
              key={`${placed.annotation.id}-${i}`}
              data-annotation={placed.annotation.id}
              x={placed.x}
              min={placed.badge ? placed.badge.y + r : top}
              max={bottom}
              {...rule}
            />
          ),
        )}
      </g>
    );
  return (
    <>
      {part === 'all' ? <Callouts {...{ callouts, top, bottom, fontSize, across }} part="rules" /> : null}
      <g className="dm-callouts" pointerEvents="none">
        {periods.map((p, i) => {
          // Ids are optional and may repeat; the plan's order is the same from render to render.
          const key = `${p.annotation.id}-${i}`;
          if (p.label)
            return (
              <g key={key} data-annotation={p.annotation.id}>
                <line
                  x1={p.from}
                  x2={p.to}
                  y1={p.bracketY}
                  y2={p.bracketY}
                  stroke={themeVar('muted')}
                  strokeWidth={2}
                />
                <AnnotationText label={p.label} fontSize={fontSize} />
              </g>
            );
          return p.number && p.badge ? (
            <NoteNumber key={key} {...p.badge} number={p.number} fontSize={fontSize} />
          ) : null;
        })}
        {callouts.map(({ placed, point, label, connector }, i) => {
          // Where time runs down, the number is in the free strip (a ring marks the mark it names); else on the mark.
          const badge = placed.badge ?? point;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: ids are optional and may repeat; the plan's order is the same from render to render.
            <g key={`${placed.annotation.id}-${i}`} data-annotation={placed.annotation.id}>
              {connector ? (
                <Annotation x={connector.x} y={connector.y} dx={connector.dx} dy={connector.dy}>
                  <Connector type={connector.type} stroke={themeVar('text')} />
                  {point ? <CircleSubject radius={4} stroke={themeVar('text')} strokeWidth={1.5} fill="none" /> : null}
                </Annotation>
              ) : null}
              {!connector && point && across ? (
                <CircleSubject
                  x={point.x}
                  y={point.y}
                  radius={6}
                  stroke={themeVar('text')}
                  strokeWidth={1.5}
                  fill="none"
                />
              ) : null}
              {label ? <AnnotationText label={label} fontSize={fontSize} /> : null}
              {placed.number && badge ? <NoteNumber {...badge} number={placed.number} fontSize={fontSize} /> : null}
            </g>
          );
        })}
      </g>
    </>
  );
}
