import type { ReactNode } from 'react';
import { FocusRing } from './FocusRing.js';
import { type Box, type MarkNavigation, markHandlers } from './markNavigation.js';

/** Props of {@link ChartMarks}. */
export interface ChartMarksProps<T> extends MarkNavigation<T> {
  /** Accessible name: how many marks, and how to move between them. */
  label: string;
  /** The marks, drawn without handlers or attributes of their own. */
  children: ReactNode;
}

/**
 * The group holding a chart's marks: one tab stop, arrow keys and the
 * pointer move the cursor (see {@link markHandlers}), and the focus ring.
 */
export function ChartMarks<T>({ label, children, ...navigation }: ChartMarksProps<T>) {
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: one tab stop for all marks, a graphics object whose arrow keys move between them (see markHandlers).
    <g className="dm-marks" tabIndex={0} role="graphics-object" aria-label={label} {...markHandlers(navigation)}>
      {children}
      <FocusRing store={navigation.store} box={navigation.box as (mark: T) => Box} />
    </g>
  );
}
