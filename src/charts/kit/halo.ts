import { themeVar } from './theme.js';

/**
 * A halo for chart text: a stroke in the background colour painted under
 * the letters, so a rule or grid line drawn beneath stops short of them.
 * Presentation attributes, not CSS, so static SVG and PNG export keep it.
 * Spread on a `<text>` or on a `<g>` holding only texts (a stroke on a
 * group would outline its shapes too).
 */
export const halo = {
  stroke: themeVar('background'),
  strokeWidth: 3,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const;
