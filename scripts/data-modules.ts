/**
 * Writes the dataset's records back into src/data/*.ts, one module per
 * collection, keeping each module's header and order. Used by the scripts
 * that add or correct records in bulk, so the TypeScript stays the one
 * canonical source and every change is reviewable as a diff.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Module file, exported name and type of each collection that lives in its own module. */
export const MODULES = {
  people: { file: 'people.ts', name: 'people', type: 'Person' },
  tenures: { file: 'tenures.ts', name: 'tenures', type: 'Tenure' },
  visits: { file: 'visits.ts', name: 'visits', type: 'Visit' },
  armsDeals: { file: 'armsDeals.ts', name: 'armsDeals', type: 'ArmsDeal' },
  events: { file: 'events.ts', name: 'events', type: 'Event' },
  referencePages: { file: 'referencePages.ts', name: 'referencePages', type: 'Source' },
} as const;

export type ModuleName = keyof typeof MODULES;

/** Rewrites one module with `records`, keeping everything before `export const`. */
export function writeModule(module: ModuleName, records: readonly object[]): string {
  const { file, name, type } = MODULES[module];
  const full = path.join(root, 'src/data', file);
  const text = readFileSync(full, 'utf8');
  const head = text.slice(0, text.indexOf(`export const ${name}: ${type}[] = [`));
  if (!head) throw new Error(`src/data/${file}: no "export const ${name}: ${type}[]" found`);
  writeFileSync(full, `${head}export const ${name}: ${type}[] = ${JSON.stringify(records, null, 2)};\n`);
  return full;
}

/** Formats the written modules the way the repository is formatted. */
export function formatModules(files: string[]): void {
  execFileSync(path.join(root, 'node_modules/.bin/biome'), ['format', '--write', ...files], {
    cwd: root,
    stdio: 'inherit',
  });
}
