import { type Dataset, dataset } from '../../src/data/index';
import { ColumnHeads, catalogueStyles as s } from './CollectionSummary';
import { COLLECTION_TITLES, countByConfidence, formatCount, RECORD_COLLECTIONS, recordsOf } from './summary';

/** Props of {@link DatasetOverview}. */
export interface DatasetOverviewProps {
  /** The dataset (default: the bundled one). */
  data?: Dataset;
}

/** Records per collection and confidence, counted when it renders. */
export function DatasetOverview({ data = dataset }: DatasetOverviewProps) {
  return (
    // A phone scrolls the table, not the page.
    <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <table style={{ ...s.table, fontFamily: s.page.fontFamily }} data-table="overview">
        <caption style={s.caption}>Records per collection and confidence</caption>
        <ColumnHeads names={['Collection', 'Records#', 'verified#', 'reported#', 'disputed#']} />
        <tbody>
          {RECORD_COLLECTIONS.map((collection) => {
            const records = recordsOf(data, collection);
            return (
              <tr key={collection}>
                <th scope="row" style={s.cell}>
                  {COLLECTION_TITLES[collection]} (<code>{collection}</code>)
                </th>
                <td style={s.number}>{formatCount(records.length)}</td>
                {countByConfidence(records).map(({ confidence, count }) => (
                  <td key={confidence} style={s.number}>
                    {formatCount(count)}
                  </td>
                ))}
              </tr>
            );
          })}
          <tr>
            <th scope="row" style={s.cell}>
              {COLLECTION_TITLES.sources} (<code>sources</code>)
            </th>
            <td style={s.number}>{formatCount(data.sources.length)}</td>
            <td style={s.number} colSpan={3}>
              (sources carry no confidence)
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
