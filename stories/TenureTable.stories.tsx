import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { tenureWords } from '../src/charts/gantt/words';
import { DataTable, type DataTableColumn } from '../src/charts/kit/DataTable';
import { formatPartialDate, type Locale, localize } from '../src/charts/kit/locale';
import { polityName } from '../src/charts/kit/messages';
import { people, sources, type Tenure, tenures } from '../src/data/index';

const names = new Map(people.map((p) => [p.id, p.name]));
const titles = new Map(sources.map((s) => [s.id, s.publisher ? `${s.title} (${s.publisher})` : s.title]));

const headers: Record<Locale, string[]> = {
  en: ['Name', 'Office', 'From', 'To', 'Sources'],
  ar: ['الاسم', 'المنصب', 'من', 'إلى', 'المصادر'],
  ru: ['Имя', 'Должность', 'С', 'По', 'Источники'],
};
const inOffice: Record<Locale, string> = { en: 'in office', ar: 'في المنصب', ru: 'по настоящее время' };

function officeIn(t: Tenure, locale: Locale): string {
  const words = tenureWords[locale];
  const office = words.offices[t.office] ?? t.office;
  const comma = locale === 'ar' ? '، ' : ', ';
  return `${office}${t.acting ? ` (${words.acting})` : ''}${comma}${polityName(t.polity, locale)}`;
}

/** The office column's cells, for the tests: every one in the reader's script. */
const officeCells = (root: HTMLElement) =>
  within(within(root).getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelectorAll('td, th')[1]?.textContent ?? '');

function columnsFor(locale: Locale): DataTableColumn<Tenure>[] {
  const [name, office, from, to, cited] = headers[locale];
  return [
    { header: name, cell: (t) => localize(names.get(t.personId) ?? { en: t.personId }, locale) },
    // The sources' English title where the reader reads English; elsewhere the office and country in their words.
    { header: office, cell: (t) => (locale === 'en' ? t.title : officeIn(t, locale)) },
    { header: from, cell: (t) => formatPartialDate(t.start, locale) },
    { header: to, cell: (t) => (t.end === null ? inOffice[locale] : formatPartialDate(t.end, locale)) },
    { header: cited, cell: (t) => t.sources.map((s) => titles.get(s.source) ?? s.source).join('; ') },
  ];
}

const meta = {
  title: 'Data/Tenures table',
  component: DataTable<Tenure>,
  args: {
    caption: 'Who ruled Syria and the USSR/Russia, 1918 to today',
    rows: tenures,
    rowKey: (t: Tenure) => t.id,
    columns: columnsFor('en'),
  },
} satisfies Meta<typeof DataTable<Tenure>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every tenure in the bundled dataset, the fact-check view. */
export const AllTenures: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: /who ruled syria/i });
    // One header row plus one row per tenure.
    await expect(within(table).getAllByRole('row')).toHaveLength(tenures.length + 1);
  },
};

/** Syria's heads of state only, in Arabic, laid out right to left. */
export const SyriaInArabic: Story = {
  args: {
    caption: 'رؤساء سوريا',
    rows: tenures.filter((t) => t.polity === 'SY' && t.office === 'head-of-state'),
    columns: columnsFor('ar'),
    dir: 'rtl',
    lang: 'ar',
  },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    await expect(table).toHaveAttribute('dir', 'rtl');
    await expect(within(table).getByRole('columnheader', { name: 'الاسم' })).toBeVisible();
    const cells = officeCells(canvasElement);
    await expect(cells.length).toBeGreaterThan(10);
    // Office titles in Arabic, not the sources' English ("President of the Syrian Republic").
    await expect(cells.filter((c) => /[A-Za-z]/.test(c))).toEqual([]);
    await expect(cells[0]).toMatch(/^رئيس الدولة/);
  },
};

/** Soviet party leaders in Russian. */
export const SovietLeadersInRussian: Story = {
  args: {
    caption: 'Руководители СССР',
    rows: tenures.filter((t) => t.polity === 'SU' && t.office === 'party-leader'),
    columns: columnsFor('ru'),
    lang: 'ru',
  },
  play: async ({ canvasElement }) => {
    const cells = officeCells(canvasElement);
    await expect(cells.length).toBeGreaterThan(5);
    await expect(cells.filter((c) => /[A-Za-z]/.test(c))).toEqual([]);
    await expect(cells[0]).toMatch(/^Глава партии, СССР/);
  },
};

/** No records: the table still has its caption and headers. */
export const Empty: Story = {
  args: { rows: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('row')).toHaveLength(1);
  },
};
