import { type ReactNode, useMemo } from 'react';
import { FocusRing } from './FocusRing.js';
import { type Box, type MarkNavigation, markHandlers } from './markNavigation.js';

/** Props of {@link ChartMarks}. */
export interface ChartMarksProps<T> extends MarkNavigation<T> {
  /** Accessible name: how many marks, and how to move between them. */
  label: string;
  /** The marks, drawn without handlers or attributes of their own. */
  children: ReactNode;
  /**
   * Ids of the records a mark draws. The group then names every record
   * drawn (`data-records`), and the focus ring the active mark's, so a
   * check can compare what is drawn with the CSV and the keyboard's path.
   */
  records?: (mark: T) => readonly string[];
}

/** The ids of the records the marks draw, once each, in the marks' order. */
export function recordsDrawn<T>(marks: readonly T[], records: (mark: T) => readonly string[]): string {
  const ids = new Set<string>();
  for (const mark of marks) for (const id of records(mark)) ids.add(id);
  return [...ids].join(' ');
}

/**
 * The group holding a chart's marks: one tab stop, arrow keys and the
 * pointer move the cursor (see {@link markHandlers}), and the focus ring.
 */
export function ChartMarks<T>({ label, children, records, ...navigation }: ChartMarksProps<T>) {
  const drawn = useMemo(
    () => (records ? recordsDrawn(navigation.marks, records) : undefined),
    [navigation.marks, records],
  );
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: one tab stop for all marks, a graphics object whose arrow keys move between them (see markHandlers).
    <g
      className="dm-marks"
      tabIndex={0}
      role="graphics-object"
      aria-label={label}
      data-records={drawn}
      {...markHandlers(navigation)}
    >
      {children}
      <FocusRing store={navigation.store} box={navigation.box as (mark: T) => Box} records={records} />
    </g>
  );
}
