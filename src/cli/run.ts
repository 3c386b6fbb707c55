/**
 * The command line's work, apart from the process: `runCli(argv, io)` returns the exit code, so tests can
 * run thousands of generated command lines in one process.
 */
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset as bundled, collectionToCsv, formatProblem } from '../data/index.js';
import type { Dataset } from '../data/types.js';
import type { EmbedChart } from '../embed/params.js';
import { formatDataProblem, validPart } from '../io/readDataset.js';
import { renderChartToSvg, svgToPng } from '../static/index.js';
import { type Command, DataError, type DataOptions, parseCommand, USAGE, UsageError } from './args.js';
import { bakeEmbed } from './bakeEmbed.js';
import { initData } from './initData.js';
import { loadAnnotations } from './loadAnnotations.js';
import { loadData, overBundled } from './loadData.js';

declare const __VERSION__: string;

/** Where the command writes: standard output and standard error. */
export interface CliIo {
  out: (text: string | Uint8Array) => void;
  err: (text: string) => void;
}

const EMBED_CHARTS: EmbedChart[] = ['gantt', 'arms', 'heatmap'];

/** The records a command works on: the bundled ones, or the user's, checked. */
function chosenData({ data, withBundled, lenient }: DataOptions, io: CliIo): Dataset {
  if (!data) return bundled;
  const read = loadData(data);
  const mine = withBundled ? overBundled(read.dataset) : read.dataset;
  // Merged over the bundle, a user's record can break what referred to the one it replaced: check again.
  const problems = withBundled ? validPart(mine).left.map(formatProblem) : read.problems.map(formatDataProblem);
  if (!problems.length) return mine;
  if (!lenient) throw new DataError(problems);
  const { dataset, left } = validPart(mine);
  io.err(`left out ${left.length} record(s) with problems (--lenient):\n`);
  for (const p of read.problems.length ? read.problems.map(formatDataProblem) : left.map(formatProblem))
    io.err(`  ${p}\n`);
  return dataset;
}

async function run(command: Command, io: CliIo): Promise<void> {
  if (command.kind === 'help') return void io.out(`${USAGE}\n`);
  if (command.kind === 'version') return void io.out(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
  if (command.kind === 'embed') {
    // Built beside this script by `npm run build` (dist/embed).
    const pages = fileURLToPath(new URL('./embed/', import.meta.url));
    if (!existsSync(pages)) throw new Error(`the embed pages are missing from ${pages}; reinstall the package.`);
    const data = command.data ? chosenData(command, io) : undefined;
    cpSync(pages, command.out, { recursive: true });
    if (data) for (const chart of EMBED_CHARTS) bakeEmbed(path.join(command.out, `${chart}.html`), chart, data);
    io.err(
      `copied the embed pages to ${command.out}: gantt.html, arms.html, heatmap.html, host.js${data ? ', with your records' : ''}\n`,
    );
    return;
  }
  if (command.kind === 'validate') {
    chosenData(command, io);
    io.out(`${command.data}: no problems\n`);
    return;
  }
  if (command.kind === 'init-data') {
    const files = initData(command.out);
    io.err(`wrote a template to ${command.out}: ${files.join(', ')}\n`);
    return;
  }
  if (command.kind === 'data') {
    const records = bundled[command.collection];
    const text =
      command.format === 'csv'
        ? collectionToCsv(command.collection, records as never)
        : `${JSON.stringify(records, null, 2)}\n`;
    // A CSV file starts with a byte-order mark, as the charts' download does, so Excel reads Arabic and
    // Cyrillic as UTF-8; written to standard output it is left off, for the tools a pipe feeds.
    if (command.out) writeFileSync(command.out, command.format === 'csv' ? `\uFEFF${text}` : text);
    else io.out(text);
    return;
  }
  const { chart, out, format, from, to, scale, bin, data: _path, withBundled: _w, lenient, ...given } = command;
  const { annotations: file, ...rest } = given;
  const annotated = file === undefined ? undefined : loadAnnotations(file, lenient === true);
  for (const line of annotated?.leftOut ?? []) io.err(`left out: ${line}\n`);
  const data = chosenData(command, io);
  const known = new Set(data.events.map((e) => e.id));
  const unknown = rest.markers?.filter((id) => !known.has(id)) ?? [];
  if (unknown.length)
    throw new UsageError(
      `--markers: no event "${unknown[0]}" in the data; list the ids with "damascus-moscow data events --format csv".`,
    );
  const svg = renderChartToSvg(chart, {
    ...rest,
    // The arms chart calls its bins groups.
    ...(chart === 'arms' ? { groupBy: bin } : { bin }),
    data,
    annotations: annotated?.annotations,
    domain: from || to ? [from ?? null, to ?? null] : undefined,
    download: false,
  });
  if (out === '-') return void io.out(svg);
  writeFileSync(out, format === 'png' ? await svgToPng(svg, { scale }) : svg);
  io.err(`wrote ${out}\n`);
}

/** Runs one command line; the exit code is 0, 1 (a failure) or 2 (a mistake in the command or the data). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await run(parseCommand(argv), io);
    return 0;
  } catch (error) {
    if (error instanceof DataError) {
      io.err(`damascus-moscow: ${error.message}\n${error.problems.map((p) => `  ${p}\n`).join('')}`);
      return 2;
    }
    // A mistake on the command line, found while reading it or the data it names.
    if (error instanceof UsageError) {
      io.err(`damascus-moscow: ${error.message}\nRun "damascus-moscow --help" for usage.\n`);
      return 2;
    }
    // Readers of a terminal get the message, not a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.err(`damascus-moscow: ${message.replace(/^damascus-moscow\/static: /, '')}\n`);
    return 1;
  }
}
