import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
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
    [['draw'], 'unknown command "draw": use render, data or embed.'],
    [[], 'say what to do: render, data or embed.'],
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
    expect(unknownEvent.stderr).toMatch(/^damascus-moscow: --markers: no event "no-such-event" in the dataset;/);
    const marked = await cli('render', 'gantt', '--out', '-', '--markers', 'event-1980-10-08-treaty-friendship');
    expect(marked.stdout).toContain('Treaty of Friendship');
    const failed = await cli('render', 'gantt', '--out', join(dir, 'no', 'such', 'dir.svg'));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^damascus-moscow: ENOENT: no such file or directory/);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    const help = await cli('--help');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage:\n {2}damascus-moscow render <gantt\|arms\|heatmap> --out/);
  }, 30_000);
});
