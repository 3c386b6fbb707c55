import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ArmsDealBars } from '../src/charts/arms/ArmsDealBars';
import { binArmsDeals } from '../src/charts/arms/layout';
import { type ArmsDeal, dataset } from '../src/data/index';

const meta = {
  title: 'Charts/ArmsDealBars',
  component: ArmsDealBars,
  args: {
    data: dataset,
    title: 'Arms from Moscow to Damascus',
    subtitle: 'Soviet and Russian arms deals with Syria, by year',
    byline: 'Graphic: damascus-moscow',
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ArmsDealBars>;

export default meta;
type Story = StoryObj<typeof meta>;

const figureOf = (root: HTMLElement) => root.querySelector('figure') as HTMLElement;
const plot = (figure: HTMLElement) => figure.querySelector('svg[role="img"]') as unknown as HTMLElement;
const segments = (root: HTMLElement) => [...root.querySelectorAll<SVGRectElement>('.dm-bars rect')];
const statusOf = (rect: SVGRectElement) => (rect.parentElement as HTMLElement).dataset.status;
const notDrawnByValue = binArmsDeals(dataset.armsDeals, 'value', 1).unmeasured.length;
const markersDrawn = (root: HTMLElement) =>
  new Set([...root.querySelectorAll('[data-annotation]')].map((m) => m.getAttribute('data-annotation'))).size;

/** Every deal with a reported value, in US dollars per year; the deals without one are named in the notes. */
export const AllYearsByValue: Story = {
  args: {
    measure: 'value',
    subtitle: 'Reported value of each year’s deals, US dollars as reported',
    markers: ['event-1973-10-06-october-war', 'event-1980-10-08-treaty-friendship'],
  },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    const canvas = within(figure);
    await expect(canvas.getByRole('img', { name: 'Arms from Moscow to Damascus' })).toBeVisible();
    await expect(within(plot(figure)).getByText('$2bn')).toBeVisible();
    // The unit is named above the axis.
    await expect(within(plot(figure)).getByText('Reported value, US$')).toBeVisible();
    await expect(
      canvas.getByText(new RegExp(`${notDrawnByValue} deals with no reported value are not drawn`)),
    ).toBeVisible();
    // A total the record itself calls impossible is never printed.
    await expect(figure.textContent).not.toMatch(/\$19\s?k/i);
    await expect(markersDrawn(figure)).toBe(2);
    const link = canvas.getByText(/Get the data/);
    await userEvent.hover(link);
    await expect(link).toHaveAttribute('download', 'arms-deal-bars.csv');
  },
};

/** Items per year and weapon kind; the 400–500 missile launchers of 1973 drawn as a range. */
export const AllYearsByQuantity: Story = {
  args: { measure: 'quantity', subtitle: 'Items per year, where sources give numbers' },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    await expect(figure.querySelectorAll('.dm-range').length).toBeGreaterThanOrEqual(2);
    await expect(within(figure).getByText('Reported range')).toBeVisible();
  },
};

/** Every deal counted once, per decade: requests and refusals beside what was supplied. */
export const ByDecade: Story = {
  args: { bin: 10, subtitle: 'Deals per decade, by status' },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    const canvas = within(figure);
    for (const decade of ['1970s', '2010s']) await expect(canvas.getByText(decade)).toBeVisible();
    // The first decade labelled from the first deal on ("1955–1959"), as far as the deals go.
    await expect(canvas.getByText(/^195\d(–1959|s)$/)).toBeVisible();
    // One colour per status, and no bar wider than a bar should be.
    const fills = new Set(segments(figure).map((r) => getComputedStyle(r).fill));
    await expect(fills.size).toBe(new Set(segments(figure).map(statusOf)).size);
    for (const r of segments(figure)) await expect(r.getBoundingClientRect().width).toBeLessThanOrEqual(48);
  },
};

/** Only aircraft, counted by item: the kinds option picks the weapons, and the unit line says so. */
export const OnlyAircraft: Story = {
  args: { measure: 'quantity', kinds: ['aircraft'], subtitle: 'Aircraft per year, where sources give numbers' },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    await expect(within(plot(figure)).getByText('Items (aircraft, vehicles, systems), Aircraft')).toBeVisible();
    await expect(segments(figure).length).toBeGreaterThan(0);
  },
};

const perKind = ['aircraft', 'air-defence', 'armour'] as const;
// The tallest bar of any of the kinds: every chart of the series runs its value axis to it.
const seriesMax = Math.max(
  ...perKind.flatMap((kind) => {
    const sums = new Map<number, number>();
    for (const s of binArmsDeals(dataset.armsDeals, 'quantity', 5, [kind]).stacks)
      sums.set(s.period, (sums.get(s.period) ?? 0) + s.high);
    return [...sums.values()];
  }),
);

/** One chart per kind of weapon, side by side on one value scale (kinds and maxValue): small multiples. */
export const OneChartPerKind: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))', gap: 16 }}>
      {perKind.map((kind) => (
        <ArmsDealBars
          key={kind}
          {...args}
          kinds={[kind]}
          title={kind === 'aircraft' ? 'Aircraft' : kind === 'armour' ? 'Armour' : 'Air defence'}
        />
      ))}
    </div>
  ),
  args: { measure: 'quantity', bin: 5, maxValue: seriesMax, domain: ['1955', '2024'], subtitle: undefined },
  play: async ({ canvasElement }) => {
    const figures = [...canvasElement.querySelectorAll('figure')] as HTMLElement[];
    await expect(figures).toHaveLength(perKind.length);
    // One scale: every chart's top value label is the same.
    const tops = figures.map((f) => {
      const labels = [...f.querySelectorAll('.dm-axes text')].filter((t) => /^[\d,]+$/.test(t.textContent ?? ''));
      return Math.max(...labels.map((t) => Number((t.textContent ?? '').replace(/,/g, ''))));
    });
    await expect(new Set(tops).size).toBe(1);
    await expect(tops[0]).toBeGreaterThanOrEqual(seriesMax);
  },
};

/** The 1970s, by quantity: the build-up around the October War. */
export const The1970s: Story = {
  args: {
    measure: 'quantity',
    domain: ['1970', '1979'],
    subtitle: 'Items delivered and agreed, 1970–1979',
    markers: ['event-1973-10-06-october-war'],
  },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    await expect(segments(figure).length).toBeGreaterThan(0);
    await expect(within(figure).getByText('1975')).toBeVisible();
    await expect(within(figure).queryByText('1969')).toBeNull();
  },
};

/** Only what Damascus asked for and what Moscow refused. */
export const RequestsAndRefusals: Story = {
  args: { statuses: ['requested', 'refused'], subtitle: 'Requests and refusals, deals per year' },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    const statuses = new Set(segments(figure).map(statusOf));
    await expect([...statuses].sort()).toEqual(['refused', 'requested']);
    const legend = within(figure.querySelector('.dm-legend') as HTMLElement);
    await expect(legend.getByText('Refused')).toBeVisible();
    await expect(legend.queryByText('Delivered')).toBeNull();
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', measure: 'value', subtitle: 'Reported value of each year’s deals, US dollars as reported' },
  globals: { backgrounds: { value: 'dark' } },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    await expect(getComputedStyle(figure).backgroundColor).toBe('rgb(20, 20, 20)');
    // And so is the page around it, as on a dark site.
    const page = figure.closest('.dm-dark-page') as HTMLElement;
    await expect(getComputedStyle(page).backgroundColor).toBe('rgb(20, 20, 20)');
    // The bars in the dark preset's colours: delivered sky blue, agreed blue.
    const delivered = figure.querySelector('[data-status="delivered"]') as SVGGElement;
    await expect(getComputedStyle(delivered).fill).toBe('rgb(86, 180, 233)');
    const agreed = figure.querySelector('[data-status="agreed"]') as SVGGElement;
    await expect(getComputedStyle(agreed).fill).toBe('rgb(0, 114, 178)');
    const tick = figure.querySelector('.dm-axes text') as SVGTextElement;
    await expect(getComputedStyle(tick).fill).toBe('rgb(179, 179, 179)');
  },
};

/** Print: black, greys and hatching on white, in a serif, at a fixed column width. */
export const Print: Story = {
  args: { theme: 'print', width: 720, measure: 'quantity' },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    await expect(getComputedStyle(figure).fontFamily).toMatch(/Georgia/);
    await expect(plot(figure)).toHaveAttribute('width', '720');
    const refused = figure.querySelector('[data-status="refused"]') as SVGGElement;
    await expect(refused.getAttribute('fill')).toMatch(/^url\(#/);
    // Black for delivered, a grey for agreed: no two statuses share a fill on paper.
    const fill = (status: string) => {
      const g = figure.querySelector(`[data-status="${status}"]`);
      return g ? getComputedStyle(g).fill : null;
    };
    await expect(fill('delivered')).toBe('rgb(0, 0, 0)');
    await expect(fill('agreed')).toBe('rgb(118, 118, 118)');
  },
};

/** Arabic: Arabic-Indic digits, time running right to left, the value axis on the right. */
export const Arabic: Story = {
  args: { locale: 'ar', measure: 'value', title: undefined, subtitle: undefined, byline: undefined },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    await expect(figure).toHaveAttribute('dir', 'rtl');
    await expect(within(figure).getByRole('img', { name: 'السلاح من موسكو إلى دمشق' })).toBeVisible();
    const x = (label: string) => within(figure).getByText(label).getBoundingClientRect().left;
    await expect(x('١٩٦٠')).toBeGreaterThan(x('٢٠٠٠'));
  },
};

/** Russian labels, dates and money. */
export const Russian: Story = {
  args: { locale: 'ru', measure: 'value', title: undefined, subtitle: undefined, byline: undefined },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    await expect(within(plot(figure)).getByText(/^2\s+млрд\s+\$$/)).toBeVisible();
    await expect(within(figure.querySelector('.dm-legend') as HTMLElement).getByText('Согласовано')).toBeVisible();
  },
};

/** A 360 px phone: the bars turn, time runs down the side, nothing shrinks below legibility. */
export const Phone: Story = {
  args: { width: 360, measure: 'value', subtitle: undefined },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    await expect(figure.querySelector('.dm-bars')).toHaveAttribute('data-orientation', 'down');
    await expect(plot(figure)).toHaveAttribute('width', '360');
    // The value axis where a phone reader starts: its labels above the first bar, and again below the last.
    const ticks = within(plot(figure)).getAllByText('$1bn');
    const bars = segments(figure).map((r) => r.getBoundingClientRect());
    await expect(ticks[0].getBoundingClientRect().bottom).toBeLessThanOrEqual(Math.min(...bars.map((b) => b.top)));
    await expect(ticks.at(-1)?.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      Math.max(...bars.map((b) => b.bottom)),
    );
    // Every bar is at least as thick as a line of small text.
    for (const rect of segments(figure)) await expect(rect.getBoundingClientRect().height).toBeGreaterThanOrEqual(10);
  },
};

/** Nothing to draw: the frame stays, with a clear message. */
export const Empty: Story = {
  args: { data: { armsDeals: [] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('No records to show.');
  },
};

const broken = [
  dataset.armsDeals[1],
  { ...dataset.armsDeals[2], date: '1956-13' },
  { ...dataset.armsDeals[6], status: 'promised' },
  { ...dataset.armsDeals[7], items: [] },
  null,
  { ...dataset.armsDeals[1] },
] as unknown as ArmsDeal[];

/** Bad records (a month 13, an unknown status, no items, a null, a duplicate id) are left out and named in one warning. */
export const BadData: Story = {
  args: { data: { armsDeals: broken } },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    // One valid deal: one segment.
    await expect(segments(figure)).toHaveLength(1);
    await expect(figure.querySelectorAll('tbody tr')).toHaveLength(1);
  },
};

/** Any supplier and recipient in the same record types charts too. Ruritania and Freedonia are fictional. */
export const CustomDataset: Story = {
  args: {
    title: 'Ruritanian arms for Freedonia (fictional data)',
    subtitle: 'A made-up dataset, to show the chart works for any pair of countries',
    measure: 'value',
    onSelect: fn(),
    data: {
      sources: [{ id: 'fiction', kind: 'document', title: 'Invented for this example' }],
      armsDeals: [
        {
          id: 'fd-1',
          date: '1961-04',
          supplier: 'RT',
          recipient: 'FD',
          status: 'delivered',
          items: [{ system: 'Zenda patrol boat', category: 'naval', quantity: 4 }],
          valueUsd: 40_000_000,
          sources: [{ source: 'fiction' }],
          confidence: 'reported',
        },
        {
          id: 'fd-2',
          date: '1963',
          supplier: 'RT',
          recipient: 'FD',
          status: 'refused',
          items: [{ system: 'Strelsau fighter', category: 'aircraft', quantity: 12 }],
          valueUsd: { min: 90_000_000, max: 120_000_000 },
          sources: [{ source: 'fiction' }],
          confidence: 'disputed',
          conflicts: [{ field: 'valueUsd', value: 90_000_000, sources: [{ source: 'fiction' }] }],
        },
      ],
    },
  },
  play: async ({ canvasElement, args }) => {
    const figure = figureOf(canvasElement);
    (figure.querySelector('.dm-marks') as SVGGElement).focus();
    await waitFor(() => expect(figure.querySelector('.dm-live')).toHaveTextContent(/^1961, Delivered: \$40m/));
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(figure.querySelector('.dm-live')).toHaveTextContent(/^1963, Refused: \$90–120m/));
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith([expect.objectContaining({ id: 'fd-2' })], expect.anything());
    await expect(figure.querySelector('.dm-disputed')?.getAttribute('d')?.match(/M/g)).toHaveLength(1);
  },
};
