import { useCallback, useMemo } from 'react';
import { collectionToCsv } from '../../data/table.js';
import type { CollectionName, Dataset, Source } from '../../data/types.js';
import { sourceCredits } from './sourceLine.js';

/**
 * What a chart says about the records it shows: the footer's credits, the
 * sources by id for tooltips, and the CSV of exactly those records (built
 * only when the reader asks for it).
 */
export function useSources<K extends Exclude<CollectionName, 'sources'>>(
  collection: K,
  shown: readonly Dataset[K][number][],
  sources: readonly Source[] | undefined,
) {
  const credits = useMemo(() => sourceCredits(shown, sources), [shown, sources]);
  const sourceById = useMemo(() => new Map((sources ?? []).map((s) => [s.id, s])), [sources]);
  const csv = useCallback(() => collectionToCsv(collection, shown), [collection, shown]);
  return { credits, sourceById, csv };
}
