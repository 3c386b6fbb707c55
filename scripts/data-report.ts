/**
 * `npm run data:report`: the fact-check sheet for editors, in Markdown.
 * Counts per collection, decade and confidence; validation problems; and
 * every disputed record with its competing values and who gives them.
 * `--out FILE` writes it to a file as well as printing it.
 */
import { writeFileSync } from 'node:fs';
import {
  type Dataset,
  dataset,
  disputedRecords,
  formatProblem,
  type Provenance,
  periodOf,
  type SourceRef,
  validateDataset,
} from '../src/data/index.js';

const COLLECTIONS = ['people', 'tenures', 'visits', 'armsDeals', 'events'] as const;
type Name = (typeof COLLECTIONS)[number];
type AnyRecord = Provenance & {
  id: string;
  start?: string;
  date?: string;
  title?: { en: string } | string;
  summary?: string;
};

const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
const cite = (refs: readonly SourceRef[]) =>
  refs
    .map((r) => {
      const s = sourceById.get(r.source);
      const name = s ? `${s.title}${s.publisher ? ` (${s.publisher})` : ''}` : r.source;
      const where = r.locator ? `, ${r.locator}` : '';
      return s?.url ? `[${name}](${s.url})${where}` : `${name}${where}`;
    })
    .join('; ');
const dateOfRecord = (r: AnyRecord) => r.start ?? r.date ?? '';
const headline = (r: AnyRecord) => (typeof r.title === 'object' ? r.title.en : (r.title ?? r.summary ?? ''));
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function report(data: Dataset, today = new Date()): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line('# damascus-moscow: fact-check sheet');
  line();
  line(`Generated ${today.toISOString().slice(0, 10)} from the bundled dataset.`);
  line();

  const problems = validateDataset(data, { today });
  line('## Validation');
  line();
  line(problems.length ? `${problems.length} problems:` : '`validateDataset` finds no problems.');
  for (const p of problems) line(`- ${formatProblem(p)}`);
  line();

  line('## Records per collection and confidence');
  line();
  line('| collection | records | verified | reported | disputed |');
  line('|---|---:|---:|---:|---:|');
  for (const name of COLLECTIONS) {
    const list = data[name] as AnyRecord[];
    const by = (c: string) => list.filter((r) => r.confidence === c).length;
    line(`| ${name} | ${list.length} | ${by('verified')} | ${by('reported')} | ${by('disputed')} |`);
  }
  line(`| sources | ${data.sources.length} | | | |`);
  line();

  const dated: Name[] = ['tenures', 'visits', 'armsDeals', 'events'];
  const decades = new Set<number>();
  const counts = new Map<string, number>();
  for (const name of dated) {
    for (const r of data[name] as AnyRecord[]) {
      const decade = periodOf(dateOfRecord(r), 10);
      if (decade === null) continue;
      decades.add(decade);
      counts.set(`${name}|${decade}`, (counts.get(`${name}|${decade}`) ?? 0) + 1);
    }
  }
  line('## Records per decade (by start date)');
  line();
  line(`| decade | ${dated.join(' | ')} |`);
  line(`|---|${dated.map(() => '---:').join('|')}|`);
  for (const decade of [...decades].sort((a, b) => a - b)) {
    line(`| ${decade}s | ${dated.map((n) => counts.get(`${n}|${decade}`) ?? 0).join(' | ')} |`);
  }
  line();

  line('## Coverage: records per kind and decade');
  line();
  line('A thin area shows as a run of dots. Visits count by the most senior visitor, in both directions.');
  coverage(
    line,
    'Events, by kind',
    data.events,
    (e) => e.start,
    (e) => e.kind,
  );
  coverage(
    line,
    'Visits, by level',
    data.visits,
    (v) => v.start,
    (v) => v.level,
  );
  coverage(
    line,
    'Visits, by direction',
    data.visits,
    (v) => v.start,
    (v) => `${v.from} → ${v.to}`,
  );
  coverage(
    line,
    'Arms deals, by status',
    data.armsDeals,
    (d) => d.date,
    (d) => d.status,
  );
  line();

  const disputed = disputedRecords(data);
  line(`## Disputed records (${disputed.length})`);
  line();
  line('Each record keeps the value the dataset prints; the competing values follow, each with its sources.');
  for (const name of COLLECTIONS) {
    const mine = disputed.filter((d) => d.collection === name);
    if (!mine.length) continue;
    line();
    line(`### ${name} (${mine.length})`);
    for (const { record } of mine.sort((a, b) =>
      dateOfRecord(a.record as AnyRecord).localeCompare(dateOfRecord(b.record as AnyRecord)),
    )) {
      const r = record as AnyRecord;
      line();
      line(
        `**${r.id}**${headline(r) ? `: ${cell(headline(r))}` : ''}${dateOfRecord(r) ? ` (${dateOfRecord(r)})` : ''}`,
      );
      line();
      line(`- Recorded, per: ${cite(r.sources)}`);
      for (const c of r.conflicts ?? []) {
        const current = (r as unknown as Record<string, unknown>)[c.field];
        const shown = current === undefined ? '' : ` (record: ${JSON.stringify(current)})`;
        line(
          `- \`${c.field}\` = ${JSON.stringify(c.value)}${shown}, per: ${cite(c.sources)}${c.note ? `. ${c.note}` : ''}`,
        );
      }
      if (r.note) line(`- Note: ${r.note}`);
    }
  }
  line();
  const unsure = dated.flatMap((n) =>
    (data[n] as AnyRecord[]).filter((r) => r.confidence === 'reported').map((r) => `${n}/${r.id}`),
  );
  line(`## Single-source records (${unsure.length})`);
  line();
  line('Reported by one source and contradicted by none; worth a second source before publication.');
  line();
  for (const id of unsure) line(`- ${id}`);
  return `${out.join('\n')}\n`;
}

/** One table: a row per kind, a column per decade from the first record's to the last's. */
function coverage<T>(
  line: (s?: string) => void,
  title: string,
  records: readonly T[],
  date: (r: T) => string,
  kind: (r: T) => string,
): void {
  const counts = new Map<string, number>();
  const decades = new Set<number>();
  const kinds = new Map<string, number>();
  for (const r of records) {
    const decade = periodOf(date(r), 10);
    if (decade === null) continue;
    decades.add(decade);
    kinds.set(kind(r), (kinds.get(kind(r)) ?? 0) + 1);
    counts.set(`${kind(r)}|${decade}`, (counts.get(`${kind(r)}|${decade}`) ?? 0) + 1);
  }
  if (!decades.size) return;
  const first = Math.min(...decades);
  const all = Array.from({ length: (Math.max(...decades) - first) / 10 + 1 }, (_, i) => first + i * 10);
  line();
  line(`### ${title}`);
  line();
  line(`| | ${all.map((d) => `${d}s`).join(' | ')} | all |`);
  line(`|---|${all.map(() => '---:').join('|')}|---:|`);
  for (const [k, total] of [...kinds].sort((a, b) => b[1] - a[1])) {
    line(`| ${k} | ${all.map((d) => counts.get(`${k}|${d}`) ?? '·').join(' | ')} | ${total} |`);
  }
}

const text = report(dataset);
const at = process.argv.indexOf('--out');
if (at > 0 && process.argv[at + 1]) writeFileSync(process.argv[at + 1], text);
process.stdout.write(text);
