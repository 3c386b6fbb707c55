/** Play-function checks for the catalogue's data pages: what they show must match the dataset. */
import { expect, within } from 'storybook/test';
import { type Dataset, dataset, disputedRecords } from '../../src/data/index';
import {
  citationCounts,
  countByConfidence,
  countByDecade,
  DATED,
  formatCount,
  formatValue,
  type RecordCollection,
  recordsOf,
} from './summary';

const sumOfCounts = (table: HTMLElement) =>
  [...table.querySelectorAll<HTMLElement>('td[data-count]')].reduce((sum, td) => sum + Number(td.dataset.count), 0);

/** The page fits a phone: laid out in 375 px, nothing sticks out sideways (wide tables scroll in their own box). */
export async function checkFitsWidth(canvasElement: HTMLElement, width = 375): Promise<void> {
  const before = canvasElement.style.width;
  canvasElement.style.width = `${width}px`;
  const wide = canvasElement.scrollWidth;
  canvasElement.style.width = before;
  await expect(wide, `the page is ${wide} px wide in ${width} px`).toBeLessThanOrEqual(width);
}

/** The heading, the confidence and decade tables and the disputed records of a collection page. */
export async function checkCollectionSummary(
  canvasElement: HTMLElement,
  collection: RecordCollection,
  data: Dataset = dataset,
): Promise<void> {
  const canvas = within(canvasElement);
  const records = recordsOf(data, collection);

  await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(`${formatCount(records.length)} records`);

  const confidence = canvas.getByRole('table', { name: /records by confidence/i });
  for (const { confidence: level, count } of countByConfidence(records)) {
    const row = within(confidence).getByRole('row', { name: new RegExp(`^${level}\\b`) });
    await expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(new RegExp(`^${formatCount(count)}$`));
  }
  // Every record has one of the three confidences, so the rows add up to the heading.
  const shown = within(confidence)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Number(within(row).getAllByRole('cell')[0].textContent?.replace(/,/g, '')));
  await expect(shown.reduce((a, b) => a + b, 0)).toBe(records.length);

  const decades = canvas.getByRole('table', { name: /per decade/i });
  const { decades: expected, undated } = countByDecade(records, DATED[collection].date);
  await expect(within(decades).getAllByRole('row')).toHaveLength(1 + expected.length + (undated ? 1 : 0));
  await expect(sumOfCounts(decades)).toBe(records.length);

  const disputed = disputedRecords(data).filter((d) => d.collection === collection);
  await expect(canvas.getByRole('heading', { level: 2, name: `Disputed records: ${disputed.length}` })).toBeVisible();
  if (disputed.length === 0) {
    await expect(canvas.queryByRole('table', { name: /disputed records/i })).toBeNull();
    return;
  }
  const table = canvas.getByRole('table', { name: /disputed records/i });
  // One header row, then one row per disputed record, each listing all its competing values.
  const rows = within(table).getAllByRole('row');
  await expect(rows).toHaveLength(disputed.length + 1);
  for (const [i, { record }] of disputed.entries()) {
    const row = rows[i + 1];
    await expect(within(row).getByRole('rowheader')).toHaveTextContent(record.id);
    const items = row.querySelectorAll('li[data-conflict]');
    await expect(items).toHaveLength(record.conflicts?.length ?? 0);
    for (const [j, conflict] of (record.conflicts ?? []).entries()) {
      await expect(items[j]).toHaveTextContent(`${conflict.field}: ${formatValue(conflict.value)}`);
    }
  }
}

/** The heading, the kinds table and the most-cited table of the sources page. */
export async function checkSourcesSummary(canvasElement: HTMLElement, top: number, data: Dataset = dataset) {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(
    `${formatCount(data.sources.length)} records`,
  );
  const kinds = canvas.getByRole('table', { name: /by kind/i });
  await expect(within(kinds).getAllByRole('row')).toHaveLength(1 + new Set(data.sources.map((s) => s.kind)).size);
  await expect(sumOfCounts(kinds)).toBe(data.sources.length);

  const counts = [...citationCounts(data).values()].map((c) => c.records).sort((a, b) => b - a);
  const mostCited = canvas.getByRole('table', { name: /most-cited/i });
  const rows = within(mostCited).getAllByRole('row');
  await expect(rows).toHaveLength(1 + Math.min(top, counts.length));
  const shown = [...mostCited.querySelectorAll<HTMLElement>('td[data-count]')].map((td) => Number(td.dataset.count));
  await expect(shown).toEqual(counts.slice(0, top));
}
