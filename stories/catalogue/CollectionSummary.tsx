import type { CSSProperties, ReactNode } from 'react';
import { type Dataset, dataset, disputedRecords, type Source, type SourceRef } from '../../src/data/index';
import {
  COLLECTION_DESCRIPTIONS,
  COLLECTION_TITLES,
  citedBy,
  countByConfidence,
  countByDecade,
  DATED,
  describeRecord,
  formatCount,
  formatValue,
  type RecordCollection,
  recordsOf,
  valueAt,
} from './summary';

/** Styles shared by the catalogue's tables: plain, black on white, numbers right-aligned. */
export const catalogueStyles = {
  page: { fontFamily: 'system-ui, sans-serif', color: '#1a1a1a', background: '#fff', lineHeight: 1.45, maxWidth: 1100 },
  table: { borderCollapse: 'collapse', margin: '0.5em 0 1.5em', fontSize: 14, minWidth: '22em' },
  caption: { textAlign: 'left', fontWeight: 600, padding: '0.25em 0' },
  cell: { border: '1px solid #8a8a8a', padding: '0.3em 0.6em', textAlign: 'left', verticalAlign: 'top' },
  number: {
    border: '1px solid #8a8a8a',
    padding: '0.3em 0.6em',
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
  },
  id: { fontSize: 12, color: '#4a4a4a', fontFamily: 'ui-monospace, monospace' },
} satisfies Record<string, CSSProperties>;

const s = catalogueStyles;

/** A table's column headings; a name ending in `#` is a number column, right-aligned. */
export function ColumnHeads({ names }: { names: readonly string[] }) {
  return (
    <thead>
      <tr>
        {names.map((name) => (
          <th key={name} scope="col" style={name.endsWith('#') ? s.number : s.cell}>
            {name.replace(/#$/, '')}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A source's title, linked where it has a URL, isolated so Arabic and Russian titles keep their direction. */
export function SourceName({ source, id }: { source: Source | undefined; id: string }): ReactNode {
  if (!source) return <code style={s.id}>{id}</code>;
  // The title alone is isolated: an Arabic title must not pull the publisher to its left.
  const title = (
    <>
      <bdi>{source.title}</bdi>
      {source.publisher ? ` (${source.publisher})` : null}
    </>
  );
  return source.url ? <a href={source.url}>{title}</a> : title;
}

/** Citations as a list of source titles with their locators. */
function Citations({ refs, sources }: { refs: readonly SourceRef[]; sources: ReadonlyMap<string, Source> }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: '1.1em' }}>
      {refs.map((ref, i) => (
        // The same source may be cited twice with different locators.
        // biome-ignore lint/suspicious/noArrayIndexKey: citations have no id of their own.
        <li key={`${ref.source}-${i}`}>
          <SourceName source={sources.get(ref.source)} id={ref.source} />
          {ref.locator ? <>, {ref.locator}</> : null}
        </li>
      ))}
    </ul>
  );
}

/** Props of {@link CollectionSummary}. */
export interface CollectionSummaryProps {
  /** Which collection of the dataset to summarise. */
  collection: RecordCollection;
  /** The dataset (default: the bundled one). */
  data?: Dataset;
}

/**
 * A data collection at a glance, counted when it renders: how many records,
 * how many per confidence and per decade, and every disputed record with the
 * values other sources give and who gives them.
 */
export function CollectionSummary({ collection, data = dataset }: CollectionSummaryProps) {
  const records = recordsOf(data, collection);
  const title = COLLECTION_TITLES[collection];
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  const cited = new Set(records.flatMap((r) => citedBy(r).map((ref) => ref.source)));
  const confidence = countByConfidence(records);
  const dated = DATED[collection];
  const { decades, undated } = countByDecade(records, dated.date);
  const disputed = disputedRecords(data).filter((d) => d.collection === collection);
  const share = (n: number) => (records.length ? `${Math.round((100 * n) / records.length)}%` : '–');

  return (
    <article style={s.page} lang="en" data-collection={collection}>
      <h1>
        {title}: {formatCount(records.length)} records
      </h1>
      <p>{COLLECTION_DESCRIPTIONS[collection]}</p>
      <p>
        Every record cites at least one source. The records of this collection cite {formatCount(cited.size)} different
        sources, counting those given for competing values.
      </p>

      <h2>Confidence</h2>
      <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <table style={s.table} data-table="confidence">
          <caption style={s.caption}>{title}: records by confidence</caption>
          <ColumnHeads names={['Confidence', 'Records#', 'Share#']} />
          <tbody>
            {confidence.map(({ confidence, count }) => (
              <tr key={confidence} data-confidence={confidence}>
                <th scope="row" style={s.cell}>
                  {confidence}
                </th>
                <td style={s.number}>{formatCount(count)}</td>
                <td style={s.number}>{share(count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <strong>verified</strong>: independent sources agree. <strong>reported</strong>: one source says so and none
        contradicts it. <strong>disputed</strong>: sources disagree; the competing values are kept in{' '}
        <code>conflicts</code>.
      </p>

      <h2>Records per decade</h2>
      <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <table style={s.table} data-table="decades">
          <caption style={s.caption}>
            {title} per {dated.label}
          </caption>
          <ColumnHeads names={['Decade', 'Records#']} />
          <tbody>
            {decades.map(({ decade, count }) => (
              <tr key={decade}>
                <th scope="row" style={s.cell}>
                  {decade}s
                </th>
                <td style={s.number} data-count={count}>
                  {formatCount(count)}
                </td>
              </tr>
            ))}
            {undated ? (
              <tr>
                <th scope="row" style={s.cell}>
                  date not known
                </th>
                <td style={s.number} data-count={undated}>
                  {formatCount(undated)}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>

      <h2>Disputed records: {formatCount(disputed.length)}</h2>
      {disputed.length === 0 ? (
        <p>No record of this collection is disputed.</p>
      ) : (
        <>
          <p>
            Each record keeps the value the dataset prints; the values other sources give follow, each with the sources
            that give it.
          </p>
          <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
            <table style={s.table} data-table="disputed">
              <caption style={s.caption}>{title}: disputed records and the values other sources give</caption>
              <ColumnHeads names={['Record', 'Competing values', "The record's sources"]} />
              <tbody>
                {disputed.map(({ record }) => (
                  <tr key={record.id}>
                    <th scope="row" style={{ ...s.cell, fontWeight: 'normal', minWidth: 180 }}>
                      {describeRecord(data, collection, record)}
                      <br />
                      <code style={s.id}>{record.id}</code>
                    </th>
                    <td style={s.cell}>
                      <ul style={{ margin: 0, paddingInlineStart: '1.1em' }}>
                        {(record.conflicts ?? []).map((conflict, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: conflicts have no id of their own.
                          <li key={i} data-conflict={conflict.field}>
                            <code>{conflict.field}</code>: <bdi>{formatValue(conflict.value)}</bdi> (recorded:{' '}
                            <bdi>{formatValue(valueAt(record, conflict.field))}</bdi>), per:
                            <Citations refs={conflict.sources} sources={sources} />
                            {conflict.note ? <p style={{ margin: '0.2em 0 0.4em' }}>Note: {conflict.note}</p> : null}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td style={s.cell}>
                      <Citations refs={record.sources} sources={sources} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </article>
  );
}
