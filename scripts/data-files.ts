/**
 * Builds every file in data/ from the one canonical source, src/data.
 * Pure: returns file names and contents; write-data-files.ts writes them
 * and the tests compare them with what is committed.
 */
import {
  type CollectionName,
  type Column,
  collectionToCsv,
  columnDocs,
  columns,
  coverage,
  type Dataset,
} from '../src/data/index';

const COLLECTIONS: CollectionName[] = ['sources', 'people', 'tenures', 'visits', 'armsDeals', 'events'];
const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const DATE_COLUMNS = new Set(['start', 'end', 'date', 'born', 'died', 'accessed']);

const TITLES: Record<CollectionName, string> = {
  sources: 'Sources cited by the records',
  people: 'People: rulers, visitors and signatories, with names in English, Arabic and Russian',
  tenures: 'Tenures: who held which office in Syria, the UAR, the USSR and Russia, and when',
  visits: 'Official visits between Syria and the USSR/Russia',
  armsDeals: 'Arms requests, refusals, agreements and deliveries',
  events: 'Treaties, wars, coups, vetoes and other events',
};

const FOREIGN_KEYS: Partial<
  Record<CollectionName, { fields: string; reference: { resource: string; fields: string } }[]>
> = {
  tenures: [{ fields: 'person_id', reference: { resource: 'people', fields: 'id' } }],
};

const fileName = (c: CollectionName) => c.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);

function field(column: Column<unknown>, docs: Record<string, string>) {
  return {
    name: column.name,
    type: column.type,
    description: docs[column.name],
    ...(DATE_COLUMNS.has(column.name) ? { constraints: { pattern: DATE_PATTERN } } : {}),
    ...(column.name === 'id' ? { constraints: { required: true, unique: true } } : {}),
  };
}

/** Every file of data/, keyed by its name inside data/. */
export function dataFiles(dataset: Dataset, version: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const c of COLLECTIONS) {
    files[`${fileName(c)}.csv`] = collectionToCsv(c, dataset[c] as never);
    files[`${fileName(c)}.json`] = `${JSON.stringify(dataset[c], null, 2)}\n`;
  }
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'damascus-moscow',
    title: 'Damascus–Moscow: a century of Syria–USSR/Russia relations',
    description:
      'Who ruled Syria and the USSR/Russia and when, official visits, arms deals and events from 1918 to today. Every record cites its sources and says how sure it is (verified, reported or disputed); disputed records list the competing values.',
    version,
    // Not a Frictionless field: where the records stop, so silence after it is not read as "nothing happened".
    coverage,
    homepage: 'https://www.npmjs.com/package/damascus-moscow',
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    resources: COLLECTIONS.map((c) => ({
      name: fileName(c),
      path: `${fileName(c)}.csv`,
      title: TITLES[c],
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: (columns[c] as Column<unknown>[]).map((column) => field(column, columnDocs[c])),
        primaryKey: 'id',
        ...(FOREIGN_KEYS[c] ? { foreignKeys: FOREIGN_KEYS[c] } : {}),
      },
    })),
  };
  files['datapackage.json'] = `${JSON.stringify(descriptor, null, 2)}\n`;
  return files;
}
