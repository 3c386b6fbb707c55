/**
 * `damascus-moscow init-data <folder>`: a template a desk can open as spreadsheets. Each collection's CSV
 * has the package's columns and one real, sourced row from the bundled data, chosen so that the folder
 * validates as it is (the people and sources the rows name come along); datapackage.json describes them.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectionToCsv, dataset } from '../data/index.js';
import type { Dataset } from '../data/types.js';
import { COLLECTIONS, fileOf } from '../io/readDataset.js';

// One row each: a well-filled record of its kind.
const EXAMPLES = {
  tenures: 'sy-head-of-state-hafez-al-assad-1971',
  visits: 'visit-1956-06-22-su-sy-dmitri-shepilov',
  armsDeals: 'arms-2007-ru-sy-agreed-pantsir-s1',
  events: 'event-1944-07-22-diplomatic-relations',
} as const;

/** The example records, the people they name and every source they cite. */
export function templateData(): Dataset {
  const pick = <T extends { id: string }>(list: T[], id: string) => list.filter((r) => r.id === id);
  const tenures = pick(dataset.tenures, EXAMPLES.tenures);
  const visits = pick(dataset.visits, EXAMPLES.visits);
  const armsDeals = pick(dataset.armsDeals, EXAMPLES.armsDeals);
  const events = pick(dataset.events, EXAMPLES.events);
  const named = new Set([
    ...tenures.map((t) => t.personId),
    ...visits.flatMap((v) => v.visitors.filter((x): x is string => typeof x === 'string')),
    ...events.flatMap((e) => e.people ?? []),
  ]);
  const people = dataset.people.filter((p) => named.has(p.id));
  const records = [...tenures, ...visits, ...armsDeals, ...events, ...people];
  const cited = new Set(
    records.flatMap((r) => [...r.sources, ...(r.conflicts ?? []).flatMap((c) => c.sources)]).map((s) => s.source),
  );
  const sources = dataset.sources.filter((s) => cited.has(s.id));
  return { sources, people, tenures, visits, armsDeals, events };
}

/** The package's data/datapackage.json, from the built package or from the source tree. */
function packageDescriptor(): string | undefined {
  for (const up of ['../data/datapackage.json', '../../data/datapackage.json']) {
    const file = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(file)) return file;
  }
  return undefined;
}

export function initData(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  const data = templateData();
  const written = COLLECTIONS.map((c) => {
    const name = `${fileOf(c)}.csv`;
    // With a byte-order mark, as the download link writes it, so spreadsheets read Arabic and Russian right.
    writeFileSync(path.join(folder, name), `\uFEFF${collectionToCsv(c, data[c] as never)}`);
    return name;
  });
  const descriptor = packageDescriptor();
  if (descriptor) {
    copyFileSync(descriptor, path.join(folder, 'datapackage.json'));
    written.push('datapackage.json');
  }
  return written;
}
