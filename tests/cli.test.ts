import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../src/cli/args';
import { dataset } from '../src/data/index';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dm-cli-'));
// The command as a user runs it: a separate process, its output and exit code.
const cli = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      maxBuffer: 1 << 26,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe('parseCommand', () => {
  it('reads a render command with its options, and the defaults', () => {
    expect(
      parseCommand(['render', 'gantt', '--out', 'g.svg', '--from', '1955', '--to', '1991-12', '--width', '900']),
    ).toEqual({
      kind: 'render',
      chart: 'gantt',
      out: 'g.svg',
      format: 'svg',
      width: 900,
      height: undefined,
      theme: 'light',
      locale: 'en',
      from: '1955',
      to: '1991-12',
      title: undefined,
      subtitle: undefined,
      byline: undefined,
      notes: undefined,
      scale: 2,
      bin: undefined,
      measure: undefined,
      markers: undefined,
    });
    expect(parseCommand(['render', 'gantt', '--out', 'g.svg', '--markers', 'a, b,,c'])).toMatchObject({
      markers: ['a', 'b', 'c'],
    });
    expect(parseCommand(['render', 'arms', '--out', 'a.svg', '--bin', '10', '--measure', 'value'])).toMatchObject({
      bin: 10,
      measure: 'value',
    });
    expect(parseCommand(['render', 'arms', '-o', 'A.PNG', '--theme', 'print', '--locale', 'ru'])).toMatchObject({
      format: 'png',
      theme: 'print',
      locale: 'ru',
    });
    expect(parseCommand(['data', 'armsDeals', '--format', 'json'])).toEqual({
      kind: 'data',
      collection: 'armsDeals',
      format: 'json',
      out: undefined,
    });
  });

  it.each([
    [['render'], 'render which chart? gantt, arms, heatmap.'],
    [['render', 'pie', '--out', 'p.svg'], 'unknown chart "pie": use gantt, arms, heatmap.'],
    [['render', 'gantt'], 'render needs --out'],
    [['render', 'gantt', '--out', 'g.pdf'], '--out "g.pdf" must end in .svg or .png.'],
    [['render', 'gantt', '--out', 'g.svg', '--width', 'wide'], '--width "wide" must be a number from 200 to 10000.'],
    [['render', 'gantt', '--out', 'g.svg', '--theme', 'sepia'], '--theme "sepia" is not one of light, dark, print.'],
    [['render', 'gantt', '--out', 'g.svg', '--locale', 'fr'], '--locale "fr" is not one of en, ar, ru.'],
    [
      ['render', 'gantt', '--out', 'g.svg', '--from', '55'],
      '--from "55" is not a date: write 1955, 1955-10 or 1955-10-22.',
    ],
    [['render', 'gantt', '--out', 'g.svg', '--from', '1991', '--to', '1955'], '--to 1955 is before --from 1991.'],
    [['render', 'gantt', '--out', 'g.svg', '--colour', 'red'], "Unknown option '--colour'."],
    [
      ['data', 'treaties', '--format', 'csv'],
      'unknown collection "treaties": use sources, people, tenures, visits, arms-deals, events.',
    ],
    [['data', 'visits'], '--format is required: csv, json.'],
    [['draw'], 'unknown command "draw": use render, data, validate, init-data or embed.'],
    [[], 'say what to do: render, data, validate, init-data or embed.'],
    [['validate'], 'validate what?'],
    [['render', 'gantt', '--out', 'g.svg', '--lenient'], '--lenient needs --data or --annotations.'],
    [['render', 'gantt', '--out', 'g.svg', '--with-bundled'], '--with-bundled needs --data.'],
    [['render', 'gantt', '--out', 'g.svg', '--annotations', ''], '--annotations needs a path.'],
    [
      ['data', 'visits', '--format', 'csv', '--lenient'],
      '--with-bundled and --lenient go with --data (render, embed) or validate.',
    ],
    [['init-data'], 'init-data needs a folder'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(message);
  });
});

describe('npx damascus-moscow', () => {
  it('renders a chart to an SVG file and says where', async () => {
    const out = join(dir, 'gantt.svg');
    const { code, stderr } = await cli(
      'render',
      'gantt',
      '--out',
      out,
      '--from',
      '1955',
      '--to',
      '1991',
      '--title',
      'Rulers',
    );
    expect(code).toBe(0);
    expect(stderr).toBe(`wrote ${out}\n`);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800"/);
    expect(svg).toContain('<title id="dm-title">Rulers</title>');
    expect(svg).toMatch(/<desc id="dm-desc">\d+ tenures in \d+ lanes, 1955–1991\./);
    const arms = await cli('render', 'arms', '--out', '-', '--measure', 'value', '--bin', '10');
    expect(arms.code).toBe(0);
    expect(arms.stdout).toMatch(/<desc id="dm-desc">\d+ arms deals, \d{4}–\d{4}, by reported value\./);
    expect(arms.stdout).toContain('>1970s<');
  }, 30_000);

  it('renders a PNG at the asked width and scale', async () => {
    const out = join(dir, 'heatmap.png');
    const { code } = await cli(
      'render',
      'heatmap',
      '--out',
      out,
      '--width',
      '640',
      '--scale',
      '1',
      '--locale',
      'ar',
      '--bin',
      '10',
    );
    expect(code).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(640);
  }, 30_000);

  it('writes a collection as CSV or JSON with every record', async () => {
    const csv = await cli('data', 'arms-deals', '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(/^id,date,end,supplier,recipient,status,/);
    const json = await cli('data', 'visits', '--format', 'json');
    expect(JSON.parse(json.stdout)).toHaveLength(dataset.visits.length);
  }, 30_000);

  it('writes a CSV file with a byte-order mark, as the download link does, and standard output without', async () => {
    const out = join(dir, 'visits.csv');
    expect((await cli('data', 'visits', '--format', 'csv', '--out', out)).code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 6).toString()).toBe('id,');
    expect((await cli('data', 'visits', '--format', 'csv')).stdout.startsWith('id,')).toBe(true);
  }, 30_000);

  it('answers a mistake with a message and exit code 2, and a failure with exit code 1, never a stack trace', async () => {
    const wrong = await cli('render', 'pie', '--out', 'x.svg');
    expect(wrong).toMatchObject({ code: 2, stdout: '' });
    expect(wrong.stderr).toBe(
      'damascus-moscow: unknown chart "pie": use gantt, arms, heatmap.\nRun "damascus-moscow --help" for usage.\n',
    );
    const unknownEvent = await cli(
      'render',
      'gantt',
      '--out',
      '-',
      '--markers',
      'event-1980-10-08-treaty-friendship,no-such-event',
    );
    expect(unknownEvent).toMatchObject({ code: 2, stdout: '' });
    expect(unknownEvent.stderr).toMatch(/^damascus-moscow: --markers: no event "no-such-event" in the data;/);
    const marked = await cli('render', 'gantt', '--out', '-', '--markers', 'event-1980-10-08-treaty-friendship');
    expect(marked.stdout).toContain('Friendship treaty');
    const failed = await cli('render', 'gantt', '--out', join(dir, 'no', 'such', 'dir.svg'));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^damascus-moscow: ENOENT: no such file or directory/);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    const help = await cli('--help');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage:\n {2}damascus-moscow render <gantt\|arms\|heatmap> --out/);
  }, 30_000);
});

describe('npx damascus-moscow with a desk’s own data', () => {
  it('writes a template that validates, then names each problem by file, line, record and column', async () => {
    const folder = join(dir, 'template');
    const init = await cli('init-data', folder);
    expect(init.code).toBe(0);
    expect(init.stderr).toMatch(/visits\.csv, arms-deals\.csv, events\.csv, datapackage\.json/);
    expect(await cli('validate', folder)).toMatchObject({ code: 0, stdout: `${folder}: no problems\n` });
    appendFileSync(
      join(folder, 'visits.csv'),
      'visit-1971-x,1971-13,,SY,SU,,hafez-al-assad,head-of-state,,,,x,reported,,\n',
    );
    const bad = await cli('validate', join(folder, 'datapackage.json'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      `${join(folder, 'visits.csv')}:3 visits "visit-1971-x" start: "1971-13" is not a possible date`,
    );
    expect(bad.stderr).toContain('visits "visit-1971-x" sources[0].source: "x" is not a known source');
  }, 30_000);

  it('refuses invalid data, or with --lenient draws what is valid and lists what it left out', async () => {
    const file = join(dir, 'mine.json');
    const visit = dataset.visits[0];
    writeFileSync(
      file,
      JSON.stringify({
        sources: dataset.sources,
        people: dataset.people,
        visits: [visit, { ...visit, id: 'visit-broken', start: 'soon' }],
      }),
    );
    const refused = await cli('render', 'heatmap', '--data', file, '--out', '-');
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toBe(
      `damascus-moscow: the data has 1 problem:\n  ${file} visits "visit-broken" start: "soon" is not a possible date (use YYYY, YYYY-MM or YYYY-MM-DD)\n`,
    );
    const lenient = await cli('render', 'heatmap', '--data', file, '--lenient', '--out', '-');
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/^left out 1 record\(s\) with problems \(--lenient\):\n {2}.*visit-broken/);
    expect(lenient.stdout).toMatch(/<desc id="dm-desc">1 official visit\b/);
  }, 30_000);

  it('draws annotations from a JSON file, names each bad one by file, annotation and field, or with --lenient leaves it out', async () => {
    const file = join(dir, 'notes.json');
    const good = { id: 'treaty', date: '1980-10-08', text: { en: 'Treaty signed', ar: 'توقيع المعاهدة' } };
    writeFileSync(file, JSON.stringify([good, { kind: 'period', start: '2011', end: '2024', text: 'Civil war' }]));
    const drawn = await cli('render', 'gantt', '--annotations', file, '--locale', 'ar', '--out', '-');
    expect(drawn.code).toBe(0);
    expect(drawn.stdout).toContain('data-annotation="treaty"');
    expect(drawn.stdout).toContain('توقيع المعاهدة');
    writeFileSync(file, JSON.stringify([good, { id: 'bad', date: '1980-13', text: 'x' }]));
    const refused = await cli('render', 'gantt', '--annotations', file, '--out', '-');
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toBe(
      `damascus-moscow: the data has 1 problem:\n  ${file}: bad: date is not a date: "1980-13"\n`,
    );
    const lenient = await cli('render', 'gantt', '--annotations', file, '--lenient', '--out', '-');
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain(`left out: ${file}: bad: date is not a date`);
    expect(lenient.stdout).toContain('data-annotation="treaty"');
    writeFileSync(file, '{ "date": "1980" }');
    expect((await cli('render', 'gantt', '--annotations', file, '--out', '-')).stderr).toMatch(/must hold a list/);
  }, 30_000);

  it('puts a desk’s corrections over the bundled records with --with-bundled', async () => {
    const file = join(dir, 'correction.json');
    const person = dataset.people.find((p) => p.id === 'hafez-al-assad');
    writeFileSync(file, JSON.stringify({ people: [{ ...person, name: { ...person?.name, en: 'Hafiz al-Asad' } }] }));
    const alone = await cli('render', 'gantt', '--data', file, '--out', '-');
    expect(alone.code).toBe(2); // the sources it cites are not in the file
    const merged = await cli('render', 'gantt', '--data', file, '--with-bundled', '--out', '-');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('>Hafiz al-Asad<');
    expect(merged.stdout).not.toContain('>Hafez al-Assad<');
  }, 30_000);
});
