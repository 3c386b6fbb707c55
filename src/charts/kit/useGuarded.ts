import { useContext, useEffect, useMemo, useRef } from 'react';
import { type DroppedRecord, type Guarded, guardRecords, type RecordCheck, warnDropped } from './guard.js';
import { StaticFrame } from './staticFrame.js';

/** Called with the records a chart left out, each named with the field at fault; once per set of records. */
export type OnInvalid = (problems: readonly DroppedRecord[]) => void;

/**
 * The records a chart can draw (see {@link guardRecords}), and those it left
 * out reported: to `onInvalid` and, in development, as one console warning.
 * On the server and in a static export there are no effects, so the report
 * is made while rendering (a server renders each set of records once); in
 * the browser, after the render that took in a new set of records.
 */
export function useGuarded<T>(
  chart: string,
  records: unknown,
  check: RecordCheck<T>,
  collection: string,
  onInvalid: OnInvalid | undefined,
): Guarded<T> {
  const guarded = useMemo(() => guardRecords<T>(records, check, collection), [records, check, collection]);
  const staticExport = useContext(StaticFrame) !== null;
  const report = useRef(onInvalid);
  report.current = onInvalid;
  const reportDropped = (dropped: readonly DroppedRecord[]) => {
    if (!dropped.length) return;
    warnDropped(chart, dropped);
    report.current?.(dropped);
  };
  if (staticExport || typeof window === 'undefined') reportDropped(guarded.dropped);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per set of records, whatever the callback's identity.
  useEffect(() => reportDropped(guarded.dropped), [guarded.dropped]);
  return guarded;
}
