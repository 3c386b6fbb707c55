#!/usr/bin/env node
/**
 * `npx damascus-moscow`: charts of the bundled dataset as SVG or PNG files,
 * and the dataset as CSV or JSON, without writing any code.
 */
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectionToCsv, dataset } from '../data/index.js';
import { renderChartToSvg, svgToPng } from '../static/index.js';
import { type Command, parseCommand, USAGE, UsageError } from './args.js';

declare const __VERSION__: string;

async function run(command: Command): Promise<void> {
  if (command.kind === 'help') return void process.stdout.write(`${USAGE}\n`);
  if (command.kind === 'version')
    return void process.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
  if (command.kind === 'embed') {
    // Built beside this script by `npm run build` (dist/embed).
    const pages = fileURLToPath(new URL('./embed/', import.meta.url));
    if (!existsSync(pages)) throw new Error(`the embed pages are missing from ${pages}; reinstall the package.`);
    cpSync(pages, command.out, { recursive: true });
    process.stderr.write(`copied the embed pages to ${command.out}: gantt.html, arms.html, heatmap.html, host.js\n`);
    return;
  }
  if (command.kind === 'data') {
    const records = dataset[command.collection];
    const text =
      command.format === 'csv'
        ? collectionToCsv(command.collection, records as never)
        : `${JSON.stringify(records, null, 2)}\n`;
    if (command.out) writeFileSync(command.out, text);
    else process.stdout.write(text);
    return;
  }
  const { chart, out, format, from, to, scale, bin, ...rest } = command;
  const known = new Set(dataset.events.map((e) => e.id));
  const unknown = rest.markers?.filter((id) => !known.has(id)) ?? [];
  if (unknown.length)
    throw new UsageError(
      `--markers: no event "${unknown[0]}" in the dataset; list the ids with "damascus-moscow data events --format csv".`,
    );
  const svg = renderChartToSvg(chart, {
    ...rest,
    // The arms chart calls its bins groups.
    ...(chart === 'arms' ? { groupBy: bin } : { bin }),
    data: dataset,
    domain: from || to ? [from ?? null, to ?? null] : undefined,
    download: false,
  });
  if (out === '-') return void process.stdout.write(svg);
  writeFileSync(out, format === 'png' ? await svgToPng(svg, { scale }) : svg);
  process.stderr.write(`wrote ${out}\n`);
}

async function main(): Promise<number> {
  try {
    await run(parseCommand(process.argv.slice(2)));
    return 0;
  } catch (error) {
    // A mistake on the command line, found while reading it or the data it names.
    if (error instanceof UsageError) {
      process.stderr.write(`damascus-moscow: ${error.message}\nRun "damascus-moscow --help" for usage.\n`);
      return 2;
    }
    // Readers of a terminal get the message, not a stack trace.
    process.stderr.write(`damascus-moscow: ${(error as Error).message.replace(/^damascus-moscow\/static: /, '')}\n`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
