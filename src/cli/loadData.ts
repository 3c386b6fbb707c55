/**
 * Loads a desk's own data for the command line: a Frictionless datapackage.json (the shape the package
 * ships), a folder of the package's CSV files, or one JSON file of the Dataset shape.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { dataset as bundled } from '../data/index.js';
import type { CollectionName, Dataset } from '../data/types.js';
import { COLLECTIONS, fileOf, type ReadResult, readCsvFiles, readJsonDataset } from '../io/readDataset.js';
import { UsageError } from './args.js';

const read = (file: string) => readFileSync(file, 'utf8');

/** Reads `target`; a path that is none of the three shapes is a usage mistake. */
export function loadData(target: string): ReadResult {
  if (!existsSync(target)) throw new UsageError(`--data "${target}": no such file or folder.`);
  if (statSync(target).isDirectory()) {
    const pkg = path.join(target, 'datapackage.json');
    if (existsSync(pkg)) return fromPackage(pkg);
    const names = readdirSync(target).filter((f) => f.toLowerCase().endsWith('.csv'));
    if (!names.length)
      throw new UsageError(`--data "${target}": the folder holds no .csv files and no datapackage.json.`);
    return readCsvFiles(Object.fromEntries(names.map((f) => [path.join(target, f), read(path.join(target, f))])));
  }
  if (path.basename(target).toLowerCase() === 'datapackage.json') return fromPackage(target);
  if (target.toLowerCase().endsWith('.json')) return readJsonDataset(read(target), target);
  if (target.toLowerCase().endsWith('.csv')) return readCsvFiles({ [target]: read(target) });
  throw new UsageError(`--data "${target}": give a datapackage.json, a folder of CSV files or a .json dataset.`);
}

/** The CSV (or JSON) resources a data package lists, by their names or file names. */
function fromPackage(file: string): ReadResult {
  let descriptor: { resources?: { name?: unknown; path?: unknown }[] };
  try {
    descriptor = JSON.parse(read(file));
  } catch (error) {
    throw new UsageError(`--data "${file}" is not JSON: ${(error as Error).message}`);
  }
  const resources = Array.isArray(descriptor?.resources) ? descriptor.resources : [];
  const files: Record<string, string> = {};
  const skipped: string[] = [];
  for (const r of resources) {
    const where = typeof r?.path === 'string' ? path.join(path.dirname(file), r.path) : undefined;
    const collection = COLLECTIONS.find((c) => r?.name === fileOf(c) || r?.name === c);
    if (!where || !collection || !existsSync(where)) {
      skipped.push(String(r?.name ?? r?.path));
      continue;
    }
    files[path.join(path.dirname(where), `${fileOf(collection)}.csv`)] = read(where);
  }
  const result = readCsvFiles(files);
  for (const name of skipped)
    result.problems.push({ file, message: `resource "${name}" is not a collection file here` });
  return result;
}

/** The user's records over the bundled ones: a record with an id the bundle has replaces it. */
export function overBundled(mine: Dataset): Dataset {
  const out = {} as Record<CollectionName, unknown[]>;
  for (const c of COLLECTIONS) {
    const own = mine[c] as { id?: unknown }[];
    const ids = new Set(own.map((r) => r?.id));
    out[c] = [...(bundled[c] as { id: string }[]).filter((r) => !ids.has(r.id)), ...own];
  }
  return out as unknown as Dataset;
}
