import { PatternLines } from '@visx/pattern';
import { themeVar } from './theme.js';

/** Props of {@link Hatch}. */
export interface HatchProps {
  id: string;
  colour: string;
  /** Pattern tile in pixels. */
  size?: number;
  /** Line width. */
  weight?: number;
  /** Fill behind the lines; `null` for none (the page shows through). */
  background?: string | null;
}

/** Diagonal hatching as an SVG pattern: what a flat fill cannot say, e.g. acting holders, refusals, no data. */
export function Hatch({ id, colour, size = 6, weight = 2, background = themeVar('background') }: HatchProps) {
  return (
    <PatternLines
      id={id}
      height={size}
      width={size}
      stroke={colour}
      strokeWidth={weight}
      background={background ?? undefined}
      orientation={['diagonal']}
    />
  );
}
