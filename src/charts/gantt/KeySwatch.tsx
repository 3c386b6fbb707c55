import type { ReactElement } from 'react';
import { SWATCH } from '../kit/legendLayout.js';
import { themeVar } from '../kit/theme.js';
import type { GanttKeyKind } from './layout.js';

/** Props of {@link KeySwatch}. */
export interface KeySwatchProps {
  kind: GanttKeyKind;
  /** `url(#…)` of the hatching pattern drawn in the key's colour. */
  hatch: string;
  rtl: boolean;
}

/**
 * One entry's picture in the Gantt key, a bar in miniature drawn the way the
 * chart draws it, in the muted text colour (the bars' colours stand for
 * countries): hatched, fading in, running on with an arrow, or in a second row.
 */
export function KeySwatch({ kind, hatch, rtl }: KeySwatchProps) {
  const colour = themeVar('muted');
  const bar = { y: 2, height: SWATCH - 4 };
  // Drawn left to right, and mirrored where time runs right to left.
  const mirror = rtl ? `matrix(-1 0 0 1 ${SWATCH} 0)` : undefined;
  let picture: ReactElement;
  if (kind === 'acting') picture = <rect x={0.5} {...bar} width={SWATCH - 1} fill={hatch} stroke={colour} />;
  else if (kind === 'fuzzy')
    picture = (
      <>
        <rect x={0} {...bar} width={SWATCH} fill={colour} fillOpacity={0.35} />
        <rect x={SWATCH / 2} {...bar} width={SWATCH / 2} fill={colour} />
      </>
    );
  else if (kind === 'ongoing')
    picture = (
      <path d={`M0,${bar.y}h${SWATCH - 5}l5,${bar.height / 2}l-5,${bar.height / 2}h${5 - SWATCH}z`} fill={colour} />
    );
  else
    picture = (
      <>
        <rect x={0} y={0} width={SWATCH - 3} height={5} fill={colour} />
        <rect x={3} y={7} width={SWATCH - 3} height={5} fill={colour} />
      </>
    );
  return <g transform={mirror}>{picture}</g>;
}
