import { Group } from '@visx/group';
import type { ScaleOrdinal } from 'd3-scale';
import type { ReactNode, SVGProps } from 'react';
import { barOutline, type GanttBar } from '../gantt/layout.js';
import { Hatch } from '../kit/Hatch.js';
import { joinMarkup, markup, rawHtml, type SafeMarkup } from '../kit/markup.js';
import { FONT_SIZE, rounded } from '../kit/sizes.js';
import { onPaletteVar, themeVar } from '../kit/theme.js';

/** Props of {@link TenureBars}. */
export interface TenureBarsProps {
  /** The bars of a Gantt layout (`layout.bars`), in lane order. */
  bars: readonly GanttBar[];
  /** Group → fill (`layout.colour`); acting bars are hatched in it. */
  colour: ScaleOrdinal<string, string>;
  /** Group → colour of a name on a plain bar (default: the palette's text colour for the group's place in `colour`). */
  nameColour?: (group: string) => string;
  /** Prefix of the hatching patterns' ids: unique on the page (`${id}-acting-${i}`). */
  id: string;
  /** Each lane's bars as a few paths instead of a rect per bar (`layout.dense`). */
  dense?: boolean;
  /** Time runs right to left: ongoing bars point left, and names anchor at their end. */
  rtl?: boolean;
  /** Person ids to pick out; the other bars fade. */
  highlight?: ReadonlySet<string> | null;
  fontSize?: number;
}

/** Dense mode's paths per lane: plain, uncertain (faded) and acting (hatched) bars, then the same dimmed by `highlight`. */
const DENSE_STYLES = ['plain', 'uncertain', 'acting', 'plain-dim', 'uncertain-dim', 'acting-dim'];
/** Opacity of the part of a bar whose dates are uncertain, and of a bar `highlight` fades. */
const UNCERTAIN = 0.35;
const FADED = 0.25;
/** Text colour with a halo of the background, for names over hatching, faded bars, rules or the page. */
const HALO = { stroke: themeVar('background'), strokeWidth: 3, paintOrder: 'stroke' } as const;

/** A name's anchor when it is not the group's, made once. */
const ANCHORS = {
  start: markup` text-anchor="start"`,
  end: markup` text-anchor="end"`,
};

/**
 * A name as SVG markup, escaped as React escapes text: thousands of plain
 * `<text>`s cost React far longer than the string takes.
 */
export function nameMarkup(
  label: NonNullable<GanttBar['label']>,
  y: number,
  defaultAnchor: 'start' | 'end',
): SafeMarkup {
  const anchor = label.anchor === defaultAnchor ? null : ANCHORS[label.anchor];
  return markup`<text x="${rounded(label.x)}" y="${rounded(y)}"${anchor}>${label.text}</text>`;
}

/** A group of names made by {@link nameMarkup}; nothing when there are none. */
function Names({ names, ...attributes }: { names: SafeMarkup[] } & SVGProps<SVGGElement>) {
  if (names.length === 0) return null;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: SafeMarkup, every name escaped by the markup tag.
  return <g {...attributes} dangerouslySetInnerHTML={rawHtml(joinMarkup(names))} />;
}

/**
 * Tenure bars as a Gantt layout places them: one rect per bar (or, dense,
 * one path per lane and style), hatched when acting, faded where the dates
 * are uncertain with the sure part solid, an arrowhead on ongoing tenures,
 * and the names the layout found room for, inside or beside their bars.
 */
export function TenureBars({
  bars,
  colour,
  nameColour,
  id,
  dense = false,
  rtl = false,
  highlight,
  fontSize = FONT_SIZE,
}: TenureBarsProps) {
  const groups = colour.domain();
  const indexOf = new Map(groups.map((g, i) => [g, i]));
  const fills = groups.map((g) => colour(g));
  const hatch = groups.map((_, i) => `url(#${id}-acting-${i})`);
  const onFill = groups.map((g, i) => (nameColour ? nameColour(g) : onPaletteVar(i)));
  const anchor = rtl ? 'end' : 'start';
  // Centred on the bar: the text's baseline sits 0.35 em below the middle.
  const baseline = 0.35 * fontSize;
  const forward = rtl ? -6 : 6;
  // One group per lane carries the fill, so each rect needs only its box; names go into one
  // group per style, so each needs only its position: a dense chart is mostly attributes.
  const lanes: ReactNode[] = [];
  const details: ReactNode[] = [];
  const plain: SafeMarkup[][] = groups.map(() => []);
  const halo: SafeMarkup[] = [];
  const outside: SafeMarkup[] = [];
  const dim: SafeMarkup[] = [];
  for (let from = 0; from < bars.length; ) {
    const lane = bars[from].lane;
    const c = indexOf.get(bars[from].group) ?? 0;
    const rects: ReactNode[] = [];
    const outlines = dense ? ['', '', '', '', '', ''] : null;
    // The sure part of each fuzzy bar and the open end of each ongoing one, as one path per lane.
    let d = '';
    let to = from;
    for (; to < bars.length && bars[to].lane === lane; to++) {
      const bar = bars[to];
      const t = bar.tenure;
      const fuzzy = bar.fuzzyStart || bar.fuzzyEnd;
      const opacity = highlight && !highlight.has(t.personId) ? FADED : undefined;
      if (outlines) outlines[(t.acting ? 2 : fuzzy ? 1 : 0) + (opacity ? 3 : 0)] += barOutline(bar);
      else
        rects.push(
          <rect
            key={t.id}
            x={bar.outer.left}
            y={bar.y}
            width={bar.outer.width || 1}
            height={bar.height}
            fill={t.acting ? hatch[c] : undefined}
            fillOpacity={fuzzy && !t.acting ? UNCERTAIN : undefined}
            stroke={t.acting ? fills[c] : undefined}
            opacity={opacity}
          />,
        );
      if (fuzzy && !t.acting && bar.solid.width > 0)
        d += `M${bar.solid.left},${bar.y}h${bar.solid.width}v${bar.height}h${-bar.solid.width}z`;
      if (bar.ongoing) {
        const tip = rtl ? bar.outer.left : bar.outer.left + bar.outer.width;
        d += `M${tip},${bar.y}l${forward},${bar.height / 2}l${-forward},${bar.height / 2}z`;
      }
      if (!bar.label) continue;
      const text = nameMarkup(bar.label, bar.y + bar.height / 2 + baseline, anchor);
      // A faded bar's name is not faded with it: muted text reads on the pale bar and the page alike.
      if (opacity) dim.push(text);
      else if (!bar.label.inside) outside.push(text);
      else if (t.acting || fuzzy) halo.push(text);
      else plain[c].push(text);
    }
    lanes.push(
      <Group key={lane} fill={fills[c]}>
        {outlines
          ? outlines.map((d, k) =>
              d ? (
                <path
                  key={DENSE_STYLES[k]}
                  d={d}
                  fill={k % 3 === 2 ? hatch[c] : undefined}
                  fillOpacity={k % 3 === 1 ? UNCERTAIN : undefined}
                  stroke={k % 3 === 2 ? fills[c] : undefined}
                  opacity={k >= 3 ? FADED : undefined}
                />
              ) : null,
            )
          : rects}
      </Group>,
    );
    if (d) details.push(<path key={lane} d={d} fill={fills[c]} />);
    from = to;
  }
  return (
    <>
      <defs>
        {groups.map((group, i) => (
          <Hatch key={group} id={`${id}-acting-${i}`} colour={fills[i]} />
        ))}
      </defs>
      <Group className="dm-bars">{lanes}</Group>
      <Group className="dm-bar-details" pointerEvents="none">
        {details}
      </Group>
      <Group className="dm-bar-labels" pointerEvents="none" fontSize={fontSize} textAnchor={anchor}>
        {/* Names on a plain bar: in the colour that reads on the bar's fill. */}
        {plain.map((names, c) => (
          <Names key={groups[c]} names={names} fill={onFill[c]} />
        ))}
        {/* Names on a faded or hatched bar: text colour with a halo of the background. */}
        <Names names={halo} fill={themeVar('text')} {...HALO} />
        {/* Names of the bars `highlight` fades: muted, with a halo of the background. */}
        <Names names={dim} className="dm-dimmed" fill={themeVar('muted')} {...HALO} />
        {/* Names beside their bars: a halo of the background where a marker's rule passes under them. */}
        <Names names={outside} fill={themeVar('text')} {...HALO} />
      </Group>
    </>
  );
}
