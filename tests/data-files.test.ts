import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFiles } from '../scripts/data-files';
import { dataset } from '../src/data/index';

const root = path.join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const files = dataFiles(dataset, version);

describe('data/ files', () => {
  it.each(Object.keys(files))('data/%s matches src/data (run `npm run data` when this fails)', (name) => {
    expect(readFileSync(path.join(root, 'data', name), 'utf8')).toBe(files[name]);
  });

  it('describes every CSV column in datapackage.json', () => {
    const pkg = JSON.parse(files['datapackage.json']);
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    for (const resource of pkg.resources) {
      const header = files[resource.path].split('\n')[0].split(',');
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      for (const f of resource.schema.fields) expect(f.description, `${resource.name}.${f.name}`).toBeTruthy();
    }
  });

  it('writes one CSV row per record', () => {
    const rows = files['tenures.csv'].trim().split('\n').length - 1;
    expect(rows).toBe(dataset.tenures.length);
  });
});
