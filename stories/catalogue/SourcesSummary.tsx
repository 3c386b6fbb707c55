import { type Dataset, dataset, type SourceKind } from '../../src/data/index';
import { ColumnHeads, SourceName, catalogueStyles as s } from './CollectionSummary';
import {
  COLLECTION_DESCRIPTIONS,
  COLLECTION_TITLES,
  citationCounts,
  citedBy,
  formatCount,
  RECORD_COLLECTIONS,
  recordsOf,
} from './summary';

/** Props of {@link SourcesSummary}. */
export interface SourcesSummaryProps {
  /** The dataset (default: the bundled one). */
  data?: Dataset;
  /** How many of the most-cited sources to list (default 25). */
  top?: number;
}

/**
 * The sources at a glance, counted when it renders: how many of each kind,
 * how many each collection cites, and the most-cited ones. Every source is
 * in `data/sources.csv`; this page lists only the most cited.
 */
export function SourcesSummary({ data = dataset, top = 25 }: SourcesSummaryProps) {
  const kinds = new Map<SourceKind, number>();
  for (const source of data.sources) kinds.set(source.kind, (kinds.get(source.kind) ?? 0) + 1);
  const byKind = [...kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const counts = citationCounts(data);
  const uncited = data.sources.filter((source) => !counts.has(source.id)).length;
  const mostCited = data.sources
    .filter((source) => counts.has(source.id))
    .map((source) => ({ source, ...(counts.get(source.id) as { records: number; collections: Set<string> }) }))
    .sort((a, b) => b.records - a.records || a.source.id.localeCompare(b.source.id))
    .slice(0, top);
  const perCollection = RECORD_COLLECTIONS.map((collection) => ({
    collection,
    sources: new Set(recordsOf(data, collection).flatMap((r) => citedBy(r).map((ref) => ref.source))).size,
  }));

  return (
    <article style={s.page} lang="en" data-collection="sources">
      <h1>Sources: {formatCount(data.sources.length)} records</h1>
      <p>{COLLECTION_DESCRIPTIONS.sources}</p>
      <p>
        Each has an id that records cite with a locator (page, footnote, section or table). Sources carry no confidence
        of their own: the records that cite them do. {formatCount(data.sources.length - uncited)} are cited by at least
        one record; {formatCount(uncited)} by none.
      </p>

      <h2>Sources by kind</h2>
      <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <table style={s.table} data-table="kinds">
          <caption style={s.caption}>Sources by kind of publication</caption>
          <ColumnHeads names={['Kind', 'Sources#']} />
          <tbody>
            {byKind.map(([kind, count]) => (
              <tr key={kind}>
                <th scope="row" style={s.cell}>
                  {kind}
                </th>
                <td style={s.number} data-count={count}>
                  {formatCount(count)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Sources cited per collection</h2>
      <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <table style={s.table} data-table="per-collection">
          <caption style={s.caption}>Different sources the records of each collection cite</caption>
          <ColumnHeads names={['Collection', 'Sources cited#']} />
          <tbody>
            {perCollection.map(({ collection, sources }) => (
              <tr key={collection}>
                <th scope="row" style={s.cell}>
                  {COLLECTION_TITLES[collection]}
                </th>
                <td style={s.number}>{formatCount(sources)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>The {formatCount(mostCited.length)} most-cited sources</h2>
      <p>Records citing each source, in their own sources or for a competing value, each record counted once.</p>
      <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <table style={s.table} data-table="most-cited">
          <caption style={s.caption}>The most-cited sources</caption>
          <ColumnHeads names={['Source', 'Kind', 'Records citing it#', 'Collections']} />
          <tbody>
            {mostCited.map(({ source, records, collections }) => (
              <tr key={source.id}>
                <th scope="row" style={{ ...s.cell, fontWeight: 'normal' }}>
                  <SourceName source={source} id={source.id} />
                  <br />
                  <code style={s.id}>{source.id}</code>
                </th>
                <td style={s.cell}>{source.kind}</td>
                <td style={s.number} data-count={records}>
                  {formatCount(records)}
                </td>
                <td style={s.cell}>
                  {RECORD_COLLECTIONS.filter((c) => collections.has(c))
                    .map((c) => COLLECTION_TITLES[c])
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
