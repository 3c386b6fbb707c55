/**
 * Writes data/ from src/data. With --check, writes nothing and exits 1 when
 * a committed file differs from what src/data produces (stale data).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset, formatProblem, validateDataset } from '../src/data/index';
import { dataFiles } from './data-files';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const problems = validateDataset(dataset);
if (problems.length) {
  console.error(`The dataset has ${problems.length} problem(s); fix them before writing data/:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}

let stale = 0;
for (const [name, content] of Object.entries(dataFiles(dataset, version))) {
  const file = path.join(root, 'data', name);
  if (check) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== content) {
      console.error(`data/${name} is stale: run npm run data`);
      stale++;
    }
  } else writeFileSync(file, content);
}
if (check && stale) process.exit(1);
console.log(check ? 'data/ is up to date' : 'data/ written');
