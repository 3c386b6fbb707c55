import type { ReactNode } from 'react';
import { themeVar } from './theme.js';

/** Props of {@link ChartSvg}. */
export interface ChartSvgProps {
  id: string;
  width: number;
  height: number;
  /** The accessible name. */
  title: string;
  /** The generated description: what the data shows, in a sentence or two. */
  description: string;
  children: ReactNode;
}

/**
 * The root `<svg>` of every chart: an image with a title and a description
 * for screen readers. Positions are already mirrored for right-to-left
 * locales, so text inside is laid out left to right.
 */
export function ChartSvg({ id, width, height, title, description, children }: ChartSvgProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ display: 'block', direction: 'ltr', overflow: 'visible', fontFamily: themeVar('font') }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}
