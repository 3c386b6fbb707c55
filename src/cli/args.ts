import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../charts/kit/locale.js';
import type { PublishOptions } from '../charts/kit/publishOptions.js';
import { THEME_NAMES as THEMES } from '../charts/kit/theme.js';
import { isPartialDate } from '../data/dates.js';

/** A mistake on the command line: printed with the usage hint, exit code 2. */
export class UsageError extends Error {}

/** Data that cannot be drawn as given: each problem on its line, exit code 2. */
export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`the data has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  }
}

export const CHARTS = ['gantt', 'arms', 'heatmap'] as const;
/** Collections by the names of their files in `data/` (`armsDeals` is accepted too). */
export const COLLECTIONS = {
  sources: 'sources',
  people: 'people',
  tenures: 'tenures',
  visits: 'visits',
  'arms-deals': 'armsDeals',
  events: 'events',
} as const;

export const USAGE = `Usage:
  damascus-moscow render <${CHARTS.join('|')}> --out <file.svg|file.png|->
      [--width 800] [--height N] [--theme ${THEMES.join('|')}] [--locale ${LOCALES.join('|')}]
      [--from 1955] [--to 1991] [--title "…"] [--subtitle "…"] [--byline "…"] [--notes "…"] [--scale 2]
      [--bin 1|5|10] (arms, heatmap: years per bar or column) [--measure deals|value|quantity] (arms)
      [--markers event-id,event-id] (events to mark on the time axis; ids from \`data events\`)
      [--annotations <file.json>] (callouts and shaded periods, as the charts' annotations prop)
      [--data <path> [--with-bundled] [--lenient]]
  damascus-moscow data <${Object.keys(COLLECTIONS).join('|')}> --format <csv|json> [--out file]
  damascus-moscow validate <path>
  damascus-moscow init-data <folder>
  damascus-moscow embed --out <folder> [--data <path> [--with-bundled] [--lenient]]
  damascus-moscow --help | --version

  render     draws a chart as a standalone SVG, or a PNG (PNG needs @resvg/resvg-js,
             installed with the package where it can be). --out - writes SVG to standard output.
             Without --data it draws the bundled dataset.
  --data     your own records: a datapackage.json, a folder of CSV files named as in the
             package's data/ folder (visits.csv, arms-deals.csv, …), or one .json dataset.
             --with-bundled puts them over the bundled records (same id: yours wins);
             --lenient draws what is valid and lists what it left out, instead of refusing
             (in --annotations too).
  data       prints a collection (or writes it to --out) as CSV or JSON.
  validate   lists every problem in your data, one a line (file:line record field: what),
             and exits with 2 when there is any.
  init-data  writes a template folder: each CSV file with the package's columns and one
             sourced example row, and the datapackage.json that describes them.
  embed      copies the iframe pages (gantt.html, arms.html, heatmap.html) and host.js
             into a folder to publish on your web server; with --data the pages carry your
             records (and only the sources they cite), each chart drawn into its page.`;

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ({
      kind: 'render';
      chart: (typeof CHARTS)[number];
      out: string;
      format: 'svg' | 'png';
      width?: number;
      height?: number;
      theme: (typeof THEMES)[number];
      locale: Locale;
      scale: number;
      /** Years per bar (arms) or column (heatmap). */
      bin?: 1 | 5 | 10;
      measure?: 'deals' | 'value' | 'quantity';
      /** Event ids to mark on the time axis. */
      markers?: string[];
      /** A JSON file of annotations. */
      annotations?: string;
    } & PublishOptions &
      DataOptions)
  | ({ kind: 'embed'; out: string } & DataOptions)
  | ({ kind: 'validate' } & DataOptions)
  | { kind: 'init-data'; out: string }
  | {
      kind: 'data';
      collection: (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
      format: 'csv' | 'json';
      out?: string;
    };

/** Where a command's records come from. */
export interface DataOptions {
  /** A datapackage.json, a folder of CSV files or a JSON dataset; the bundled dataset when absent. */
  data?: string;
  /** Put the records over the bundled ones. */
  withBundled?: boolean;
  /** Draw what is valid instead of refusing. */
  lenient?: boolean;
}

const oneOf = <T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback?: T): T => {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === undefined) throw new UsageError(`--${option} is required: ${allowed.join(', ')}.`);
  if (!allowed.includes(value as T))
    throw new UsageError(`--${option} "${value}" is not one of ${allowed.join(', ')}.`);
  return value as T;
};

const number = (option: string, value: string | undefined, min: number, max: number): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new UsageError(`--${option} "${value}" must be a number from ${min} to ${max}.`);
  return n;
};

const date = (option: string, value: string | undefined): string | undefined => {
  if (value === undefined) return undefined;
  if (!isPartialDate(value))
    throw new UsageError(`--${option} "${value}" is not a date: write 1955, 1955-10 or 1955-10-22.`);
  return value;
};

/** Reads the command line (without `node` and the script) into a command, or throws a {@link UsageError}. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // node:util's messages name the option; keep them, drop the error code.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, what, ...extra] = positionals;
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}".`);
  if (command === 'render') {
    if (!what) throw new UsageError(`render which chart? ${CHARTS.join(', ')}.`);
    if (!CHARTS.includes(what as never)) throw new UsageError(`unknown chart "${what}": use ${CHARTS.join(', ')}.`);
    const chart = what as (typeof CHARTS)[number];
    const out = values.out;
    if (!out) throw new UsageError('render needs --out: a file ending in .svg or .png, or - for standard output.');
    const format = out === '-' || /\.svg$/i.test(out) ? 'svg' : /\.png$/i.test(out) ? 'png' : undefined;
    if (!format) throw new UsageError(`--out "${out}" must end in .svg or .png.`);
    if (values.bin !== undefined && chart === 'gantt') throw new UsageError('--bin is for arms and heatmap.');
    if (values.measure !== undefined && chart !== 'arms') throw new UsageError('--measure is for arms only.');
    const from = date('from', values.from);
    const to = date('to', values.to);
    if (from && to && to < from) throw new UsageError(`--to ${to} is before --from ${from}.`);
    return {
      kind: 'render',
      chart,
      out,
      format,
      width: number('width', values.width, 200, 10000),
      height: number('height', values.height, 100, 10000),
      theme: oneOf('theme', values.theme, THEMES, 'light'),
      locale: oneOf('locale', values.locale, LOCALES, 'en'),
      from,
      to,
      title: values.title,
      subtitle: values.subtitle,
      byline: values.byline,
      notes: values.notes,
      scale: number('scale', values.scale, 0.5, 8) ?? 2,
      bin: values.bin === undefined ? undefined : (Number(oneOf('bin', values.bin, ['1', '5', '10'])) as 1 | 5 | 10),
      measure:
        values.measure === undefined
          ? undefined
          : oneOf('measure', values.measure, ['deals', 'value', 'quantity'] as const),
      markers: values.markers
        ?.split(',')
        .map((id) => id.trim())
        .filter(Boolean),
      ...(values.annotations !== undefined ? { annotations: values.annotations } : {}),
      ...dataOptions(values),
    };
  }
  if (!['render', 'validate', 'embed'].includes(command ?? '') && (values['with-bundled'] || values.lenient))
    throw new UsageError('--with-bundled and --lenient go with --data (render, embed) or validate.');
  if (values.data !== undefined && !['render', 'embed'].includes(command ?? ''))
    throw new UsageError('--data goes with render or embed (validate takes the path itself).');
  if (command === 'validate') {
    if (!what) throw new UsageError('validate what? Give a datapackage.json, a folder of CSV files or a .json file.');
    if (values.lenient) throw new UsageError('--lenient is for render.');
    return { kind: 'validate', ...dataOptions({ ...values, data: what }) };
  }
  if (command === 'init-data') {
    const out = what ?? values.out;
    if (!out) throw new UsageError('init-data needs a folder to write the template into.');
    return { kind: 'init-data', out };
  }
  if (command === 'data') {
    const names = Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[];
    const key = what === 'armsDeals' ? 'arms-deals' : what;
    if (!key) throw new UsageError(`data of which collection? ${names.join(', ')}.`);
    if (!names.includes(key as never)) throw new UsageError(`unknown collection "${key}": use ${names.join(', ')}.`);
    const name = key as keyof typeof COLLECTIONS;
    return {
      kind: 'data',
      collection: COLLECTIONS[name],
      format: oneOf('format', values.format, ['csv', 'json']),
      out: values.out,
    };
  }
  if (command === 'embed') {
    if (what) throw new UsageError(`unexpected argument "${what}".`);
    if (!values.out) throw new UsageError('embed needs --out: the folder to copy the pages into.');
    return { kind: 'embed', out: values.out, ...dataOptions(values) };
  }
  if (command === undefined) throw new UsageError('say what to do: render, data, validate, init-data or embed.');
  throw new UsageError(`unknown command "${command}": use render, data, validate, init-data or embed.`);
}

function dataOptions(values: {
  data?: string;
  'with-bundled'?: boolean;
  lenient?: boolean;
  annotations?: string;
}): DataOptions {
  if (values.data === '') throw new UsageError('--data needs a path.');
  if (values.annotations === '') throw new UsageError('--annotations needs a path.');
  if (values.data === undefined && values['with-bundled']) throw new UsageError('--with-bundled needs --data.');
  if (values.data === undefined && values.annotations === undefined && values.lenient)
    throw new UsageError('--lenient needs --data or --annotations.');
  return {
    ...(values.data !== undefined ? { data: values.data } : {}),
    ...(values['with-bundled'] ? { withBundled: true } : {}),
    ...(values.lenient ? { lenient: true } : {}),
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      format: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      theme: { type: 'string' },
      locale: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      title: { type: 'string' },
      subtitle: { type: 'string' },
      byline: { type: 'string' },
      notes: { type: 'string' },
      scale: { type: 'string' },
      bin: { type: 'string' },
      measure: { type: 'string' },
      markers: { type: 'string' },
      annotations: { type: 'string' },
      data: { type: 'string' },
      'with-bundled': { type: 'boolean' },
      lenient: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
