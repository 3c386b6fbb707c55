/**
 * `npm run data:add -- FILE.json [...]`: adds records to the bundled dataset from JSON files shaped like a
 * Dataset (any collections), plus an optional `amend` list of `{ collection, id, patch, why }`. New records
 * are put in date order among the existing ones; a source whose address is already known is replaced by the
 * known one; a record or person whose id exists is left as it is and reported. It then validates the whole
 * dataset and lists the problems by file and record, writes src/data/*.ts and prints the changelog lines.
 */
import { readFileSync } from 'node:fs';
import { type Dataset, dataset, formatProblem, validateDataset } from '../src/data/index.js';
import { referencePages } from '../src/data/referencePages.js';
import type { Source } from '../src/data/types.js';
import { formatModules, type ModuleName, writeModule } from './data-modules.js';

type Rec = Record<string, unknown> & { id: string };
type Amend = { collection: keyof Dataset; id: string; patch: Record<string, unknown>; why?: string };
interface Batch extends Partial<Record<keyof Dataset, Rec[]>> {
  amend?: Amend[];
}

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const write = !process.argv.includes('--dry-run');
if (!files.length) {
  console.error('usage: npm run data:add -- FILE.json [...] [--dry-run]');
  process.exit(2);
}

const lists = {
  people: [...dataset.people] as unknown as Rec[],
  tenures: [...dataset.tenures] as unknown as Rec[],
  visits: [...dataset.visits] as unknown as Rec[],
  armsDeals: [...dataset.armsDeals] as unknown as Rec[],
  events: [...dataset.events] as unknown as Rec[],
  referencePages: [...referencePages] as unknown as Rec[],
};
const ORDER = ['people', 'tenures', 'visits', 'armsDeals', 'events'] as const;
const known = new Map<string, string>(); // url → source id
for (const s of dataset.sources) if (s.url) known.set(s.url, s.id);
const sourceIds = new Set(dataset.sources.map((s) => s.id));
const added: Record<string, string[]> = {};
const amended: string[] = [];
const skipped: string[] = [];
const origin = new Map<string, string>(); // record id → file

const tally = (into: Record<string, string[]>, key: string, id: string) => {
  into[key] = [...(into[key] ?? []), id];
};
const dateOf = (r: Rec) => String(r.start ?? r.date ?? '');

/** Inserts a record before the first one dated later, keeping the list's existing order. */
function insert(list: Rec[], record: Rec) {
  const at = list.findIndex((r) => dateOf(r) > dateOf(record));
  if (at < 0) list.push(record);
  else list.splice(at, 0, record);
}

function remapRefs(value: unknown, map: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => remapRefs(v, map));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = k === 'source' && typeof v === 'string' && map.has(v) ? map.get(v) : remapRefs(v, map);
    }
    return out;
  }
  return value;
}

for (const file of files) {
  const batch = JSON.parse(readFileSync(file, 'utf8')) as Batch;
  const rename = new Map<string, string>();
  for (const s of (batch.sources ?? []) as unknown as Source[]) {
    const same = s.url ? known.get(s.url) : undefined;
    if (same) rename.set(s.id, same);
    else if (sourceIds.has(s.id)) skipped.push(`${file}: source ${s.id} exists; the existing one is kept`);
    else {
      sourceIds.add(s.id);
      if (s.url) known.set(s.url, s.id);
      const pages = lists.referencePages;
      const at = pages.findIndex((p) => p.id > s.id);
      pages.splice(at < 0 ? pages.length : at, 0, s as unknown as Rec);
      tally(added, 'sources', s.id);
    }
  }
  for (const name of ORDER) {
    for (const raw of batch[name] ?? []) {
      const record = remapRefs(raw, rename) as Rec;
      if (lists[name].some((r) => r.id === record.id)) {
        skipped.push(`${file}: ${name} ${record.id} exists; the existing one is kept`);
        continue;
      }
      if (name === 'people') lists.people.push(record);
      else insert(lists[name], record);
      origin.set(record.id, file);
      tally(added, name, record.id);
    }
  }
  for (const { collection, id, patch, why } of batch.amend ?? []) {
    const list = lists[collection as (typeof ORDER)[number]];
    const i = list?.findIndex((r) => r.id === id) ?? -1;
    if (i < 0) {
      skipped.push(`${file}: amend ${collection} ${id}: no such record`);
      continue;
    }
    const next: Rec = { ...list[i], ...(remapRefs(patch, rename) as Record<string, unknown>) };
    for (const [k, v] of Object.entries(next)) if (v === null && k !== 'end') delete next[k];
    list[i] = next;
    origin.set(id, file);
    amended.push(`${collection} ${id}: ${why ?? 'amended'}`);
  }
}

const merged: Dataset = {
  sources: [
    ...dataset.sources.slice(0, dataset.sources.length - referencePages.length),
    ...lists.referencePages,
  ] as unknown as Source[],
  people: lists.people as never,
  tenures: lists.tenures as never,
  visits: lists.visits as never,
  armsDeals: lists.armsDeals as never,
  events: lists.events as never,
};
const problems = validateDataset(merged);
for (const p of problems) console.error(`${origin.get(p.id) ?? 'src/data'}: ${formatProblem(p)}`);
for (const s of skipped) console.error(s);
for (const [name, ids] of Object.entries(added)) console.log(`added ${ids.length} ${name}`);
console.log(`amended ${amended.length}`);
if (write) {
  formatModules((Object.keys(lists) as ModuleName[]).map((m) => writeModule(m, lists[m])));
  for (const line of amended) console.log(`- ${line}`);
}
if (problems.length) process.exitCode = 1;
