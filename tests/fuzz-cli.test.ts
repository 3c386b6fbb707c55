import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run';

// `npm test` runs a few dozen command lines; `npm run fuzz` (FUZZ_RUNS) many more.
const runs = Number(process.env.FUZZ_RUNS ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'dm-fuzz-cli-'));

const COMMANDS = ['render', 'data', 'validate', 'init-data', 'embed', 'draw', ''];
const WORDS = ['gantt', 'arms', 'heatmap', 'pie', 'visits', 'arms-deals', 'events', 'sources', 'people', 'tenures'];
const OPTIONS = [
  '--out',
  '-o',
  '--format',
  '--width',
  '--height',
  '--theme',
  '--locale',
  '--from',
  '--to',
  '--title',
  '--subtitle',
  '--byline',
  '--notes',
  '--scale',
  '--bin',
  '--measure',
  '--markers',
  '--annotations',
  '--data',
  '--with-bundled',
  '--lenient',
  '--help',
  '--version',
  '--colour',
];
const VALUES = [
  'csv',
  'json',
  'svg',
  'light',
  'dark',
  'print',
  'ar',
  'ru',
  'en',
  '1955',
  '1991-12',
  '2999',
  '0',
  '-1',
  '1e9',
  'NaN',
  '5',
  '10',
  'value',
  'quantity',
  'deals',
  'event-1980-10-08-treaty-friendship',
  '<script>',
  '=1+1',
  '',
];

// Files a desk might point --data at: valid, empty, broken, hostile.
const FILES: Record<string, string> = {
  'empty.json': '{}',
  'broken.json': '{"visits": [',
  'list.json': '[1,2,3]',
  'visits.csv': 'id,start,from,to,visitors,level,sources,confidence\nv,1971,SY,SU,x,head-of-state,s,reported\n',
  'junk.csv': '"unclosed,\n\u0000,,,',
  'notes.json':
    '[{"date":"1980-10-08","text":"Treaty"},{"kind":"period","start":"2011","end":"2024","text":{"en":"War"}}]',
  'bad-notes.json': '[{"date":"1980-13","text":""},null,{"kind":"period","start":"2024","end":"2011","text":"x"}]',
};
mkdirSync(join(dir, 'folder'), { recursive: true });
for (const [name, text] of Object.entries(FILES)) {
  writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'folder', name.endsWith('.csv') ? 'visits.csv' : 'x.txt'), text);
}
const PATHS = [...Object.keys(FILES).map((f) => join(dir, f)), join(dir, 'folder'), join(dir, 'missing.json')];

const token = fc.oneof(fc.constantFrom(...COMMANDS, ...WORDS, ...OPTIONS, ...VALUES), fc.string({ maxLength: 12 }));
/** A command line from the CLI's own vocabulary and random text; paths stay inside a scratch folder. */
const anyLine = fc.tuple(fc.constantFrom(...COMMANDS), fc.array(token, { maxLength: 8 }));
// Half the lines are renders with options that may or may not fit, so generated input reaches the charts.
const renderLine = fc
  .tuple(
    fc.constantFrom('gantt', 'arms', 'heatmap'),
    fc.array(fc.tuple(fc.constantFrom(...OPTIONS), fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 8 }))), {
      maxLength: 3,
    }),
  )
  .map(([chart, options]): [string, string[]] => ['render', [chart, '--out', 'r.svg', ...options.flat()]]);
const argv = fc.tuple(fc.oneof(anyLine, renderLine), fc.nat(PATHS.length - 1)).map(([[command, rest], p]) => {
  const args = [command, ...rest].filter((a, i) => i > 0 || a !== '');
  return args.map((a, i) => {
    const before = args[i - 1];
    if (before === '--out' || before === '-o' || before === 'init-data')
      return a === '-' ? a : join(dir, 'out', `${i}-${a.replace(/[^\w.-]/g, '_')}`);
    if (before === '--data' || before === 'validate' || before === '--annotations')
      return PATHS[(p + i) % PATHS.length];
    return a;
  });
});

describe('the command line, with generated command lines', () => {
  it('exits with 0, 1 or 2, says what went wrong in its own words, and never prints a stack trace', async () => {
    mkdirSync(join(dir, 'out'), { recursive: true });
    const codes: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const said: string[] = [];
        const code = await runCli(args, { out: () => {}, err: (t) => said.push(t) });
        const err = said.join('');
        codes[code] = (codes[code] ?? 0) + 1;
        expect([0, 1, 2]).toContain(code);
        expect(err).not.toMatch(/\n\s+at |TypeError|ReferenceError|\[object Object\]|undefined is not/);
        if (code !== 0) expect(err).toMatch(/^damascus-moscow: \S/);
      }),
      { seed: 16, numRuns: runs },
    );
    // Generated lines must reach past the argument parser: some succeed, some fail on the data or the disk.
    expect(codes[0], JSON.stringify(codes)).toBeGreaterThan(runs / 10);
  }, 120_000);
});
