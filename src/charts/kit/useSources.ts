import { useCallback, useMemo } from 'react';
import { type Column, recordsToCsv } from '../../data/table.js';
import type { Provenance, Source } from '../../data/types.js';
import { sourceCredits } from './sourceLine.js';

/**
 * What a chart says about the records it shows: the footer's credits, the
 * sources by id for tooltips, and the CSV of exactly those records in the
 * collection's columns (built only when the reader asks for it).
 */
export function useSources<T extends Provenance>(
  columns: readonly Column<T>[],
  shown: readonly T[],
  sources: readonly Source[] | undefined,
) {
  const credits = useMemo(() => sourceCredits(shown, sources), [shown, sources]);
  const sourceById = useMemo(() => new Map((sources ?? []).map((s) => [s.id, s])), [sources]);
  const csv = useCallback(() => recordsToCsv(columns, shown), [columns, shown]);
  return { credits, sourceById, csv };
}
