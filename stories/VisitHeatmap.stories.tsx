import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { VisitHeatmap } from '../src/charts/heatmap/VisitHeatmap';
import { dataset, type Visit } from '../src/data/index';

const meta = {
  title: 'Charts/VisitHeatmap',
  component: VisitHeatmap,
  args: {
    data: dataset,
    title: 'Official visits between Damascus and Moscow',
    subtitle: 'Visits per period, by direction and by the rank of the most senior visitor',
    byline: 'Graphic: damascus-moscow',
    today: new Date('2026-11-26T00:00:00Z'),
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof VisitHeatmap>;

export default meta;
type Story = StoryObj<typeof meta>;

const figureOf = (root: HTMLElement) => root.querySelector('figure') as HTMLElement;
const svgOf = (figure: HTMLElement) => figure.querySelector('svg') as unknown as HTMLElement;
const cells = (root: HTMLElement) => root.querySelectorAll('.dm-cells rect');
const printed = (root: HTMLElement) =>
  [...root.querySelectorAll('.dm-counts text')].reduce((n, t) => n + Number(t.textContent), 0);
/** Tenure names wider than their band, as the browser sets them: each would be cut by the next band. */
const namesCut = (root: HTMLElement) =>
  [...root.querySelectorAll('.dm-tenures g > g')].flatMap((span) => {
    const band = span.querySelector('rect') as SVGRectElement | null;
    const name = span.querySelector('text') as SVGTextElement | null;
    if (!band || !name) return [];
    const box = band.getBoundingClientRect();
    return name.getComputedTextLength() > box.width + 0.5 ? [name.textContent] : [];
  });
/** Tenure names drawn. */
const namesShown = (root: HTMLElement) => root.querySelectorAll('.dm-tenures g > g text').length;

/** Event markers drawn (a rule and its label share the event's id). */
const markersDrawn = (root: HTMLElement) =>
  new Set([...root.querySelectorAll('[data-annotation]')].map((m) => m.getAttribute('data-annotation'))).size;
/** The visits the cells count (the kit names them on the marks group), printed or not. */
const counted = (root: HTMLElement) =>
  (root.querySelector('.dm-marks')?.getAttribute('data-records') ?? '').split(' ').filter(Boolean).length;

/** One period per year, 1944 to today, with who ruled on each side and the turning points; fills its column, and turns where a year would be too thin. */
export const PerYear: Story = {
  args: {
    bin: 1,
    subtitle: 'Official visits per year, 1944–2026, by direction and rank of the most senior visitor',
    tenures: true,
    markers: ['event-1980-10-08-treaty-friendship', 'event-2015-09-30-russian-military-intervention'],
  },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    // Never wider than the page it sits in.
    await expect(figure.getBoundingClientRect().width).toBeLessThanOrEqual(canvasElement.getBoundingClientRect().width);
    await expect(Number(svgOf(figure).getAttribute('width'))).toBeLessThanOrEqual(figure.clientWidth);
    await expect(counted(figure)).toBe(dataset.visits.length);
    await expect(within(svgOf(figure)).getAllByText(/Assad/)[0]).toBeVisible();
    await expect(markersDrawn(figure)).toBe(2);
    const link = within(figure).getByText(/Get the data/);
    await userEvent.hover(link);
    await expect(link).toHaveAttribute('download', 'visit-heatmap.csv');
  },
};

/** One column per decade: the long view. */
export const PerDecade: Story = {
  args: {
    bin: 10,
    width: 900,
    subtitle: 'Official visits per decade, 1944–2026, by direction and rank of the most senior visitor',
  },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    await expect(within(svgOf(figure)).getByText('1970–1979')).toBeVisible();
    await expect(printed(figure)).toBe(dataset.visits.length);
    // Arrow keys move across the grid, and the focused cell shows its tooltip.
    (figure.querySelector('.dm-marks') as SVGGElement).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await waitFor(() =>
      expect(figure.querySelector('.dm-live')).toHaveTextContent(/Head of state, 1970–1979: \d+ visits\. 4 of/),
    );
    await waitFor(() => expect(document.querySelector('.dm-tooltip')).toBeVisible());
    await expect(document.querySelector('.dm-tooltip')).toHaveTextContent(/Hafez al-Assad/);
    // A few lines, not a page over the chart.
    await expect((document.querySelector('.dm-tooltip') as HTMLElement).getBoundingClientRect().height).toBeLessThan(
      200,
    );
    // The last decade is labelled as far as the data goes.
    await expect(within(svgOf(figure)).getByText('2020–2026')).toBeVisible();
  },
};

/** The Cold War, 1955 to 1991, per year, with the wars and the treaty marked. */
export const ColdWar: Story = {
  args: {
    domain: ['1955', '1991'],
    bin: 1,
    title: 'Damascus and Moscow in the Cold War',
    subtitle: 'Official visits per year, 1955–1991',
    tenures: true,
    markers: ['event-1967-06-05-six-day-war', 'event-1973-10-06-october-war', 'event-1980-10-08-treaty-friendship'],
  },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    const inPeriod = dataset.visits.filter((v) => v.start >= '1955' && v.start < '1992');
    await expect(counted(figure)).toBe(inPeriod.length);
    await expect(markersDrawn(figure)).toBe(3);
    // Every ruler's name fits its band or ends in an ellipsis ("Gorbache" was cut by the band after it).
    await expect(namesShown(figure)).toBeGreaterThan(3);
    await expect(namesCut(figure)).toEqual([]);
  },
};

/** The Cold War per year on a 343 px phone: a year per row, time down the side, every count printed. */
export const ColdWarPhone: Story = {
  args: { ...ColdWar.args, width: 343, markers: undefined, subtitle: 'Official visits per year, 1955–1991' },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    const inPeriod = dataset.visits.filter((v) => v.start >= '1955' && v.start < '1992');
    // Turned: 37 years down the side, each cell wide enough for its count.
    const rects = [...cells(figure)].map((c) => c.getBoundingClientRect());
    await expect(new Set(rects.map((r) => Math.round(r.top))).size).toBe(37);
    for (const r of rects) await expect(r.width).toBeGreaterThanOrEqual(14);
    await expect(printed(figure)).toBe(inPeriod.length);
  },
};

/**
 * The Cold War with the colour breaks of a series (`breaks`): the same counts get the same colours in every
 * chart of the series, whatever each chart's busiest cell, and the key shows every step.
 */
export const SeriesBreaks: Story = {
  args: {
    domain: ['1955', '1991'],
    bin: 5,
    breaks: [1, 2, 4, 8, 16],
    title: 'Damascus and Moscow in the Cold War',
    subtitle: 'Official visits per five years, 1955–1991, on the colour key of the series',
  },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    const legend = within(figure.querySelector('.dm-legend') as HTMLElement);
    for (const step of ['1', '2–3', '4–7', '8–15', '16+']) await expect(legend.getByText(step)).toBeVisible();
    // A cell of two visits takes the second step, not the darkest as on a key of its own.
    const two = [...figure.querySelectorAll('.dm-counts text')].find((t) => t.textContent === '2');
    await expect(two).toBeDefined();
    if (two) {
      const box = two.getBoundingClientRect();
      const cell = [...cells(figure)].find((c) => {
        const r = c.getBoundingClientRect();
        return r.left <= box.left && r.right >= box.right && r.top <= box.top && r.bottom >= box.bottom;
      }) as SVGRectElement;
      await expect(getComputedStyle(cell).fill).toBe('rgb(127, 205, 187)');
    }
  },
};

/** Since the uprising of 2011 and Russia's intervention, year by year. */
export const Since2011: Story = {
  args: { domain: ['2011', null], bin: 1, title: 'Visits since 2011', subtitle: 'Official visits per year, 2011–2026' },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    const since = dataset.visits.filter((v) => v.start >= '2011');
    await expect(printed(figure)).toBe(since.length);
    // Years labelled at round intervals from 2011 on.
    await expect(within(svgOf(figure)).getAllByText(/^20(1[1-9]|2\d)$/)[0]).toBeVisible();
    await expect(within(svgOf(figure)).queryByText('2010')).toBeNull();
  },
};

/** Dark theme: the ramp brightens with the count; periods before the data are hatched. */
export const Dark: Story = {
  args: {
    theme: 'dark',
    domain: ['1930', null],
    subtitle: 'Official visits per five years, 1930–2026: before 1944 the data has none',
  },
  globals: { backgrounds: { value: 'dark' } },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    await expect(figure).toHaveAttribute('data-theme', 'dark');
    await expect(getComputedStyle(figure).backgroundColor).toBe('rgb(20, 20, 20)');
    // And so is the page around it, as on a dark site.
    const page = figure.closest('.dm-dark-page') as HTMLElement;
    await expect(getComputedStyle(page).backgroundColor).toBe('rgb(20, 20, 20)');
    await expect(within(svgOf(figure)).getByText('no data')).toBeVisible();
    // The marks too: filled cells on the dark ramp, brighter than the empty ones, labels light.
    const fills = [...cells(figure)].map((c) => getComputedStyle(c).fill);
    await expect(fills).toContain('rgb(49, 104, 142)'); // the dark ramp's first step
    await expect(fills).toContain('rgb(20, 20, 20)'); // empty: the page
    await expect(fills).not.toContain('rgb(199, 233, 180)'); // no light-ramp colour
    const label = figure.querySelector('.dm-labels text') as SVGTextElement;
    await expect(getComputedStyle(label).fill).toBe('rgb(179, 179, 179)');
  },
};

/** Print: greys and hatching on white, in a serif, at a fixed column width. */
export const Print: Story = {
  args: { theme: 'print', width: 720, bin: 10 },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    await expect(getComputedStyle(figure).fontFamily).toMatch(/Georgia/);
    await expect(svgOf(figure)).toHaveAttribute('width', '720');
    // The busiest cell is drawn in the darkest step, a near-black a printer cannot lose.
    const all = [...cells(figure)];
    const counts = [...figure.querySelectorAll('.dm-counts text')].map((t) => Number(t.textContent));
    await expect(counts.length).toBeGreaterThan(0);
    const darkest = all.filter((c) => getComputedStyle(c).fill === 'rgb(26, 26, 26)');
    await expect(darkest.length).toBeGreaterThan(0);
    // And the palest filled step carries an outline a printer keeps (3 : 1 on white).
    const palest = all.find((c) => getComputedStyle(c).fill === 'rgb(217, 217, 217)');
    if (palest) await expect(getComputedStyle(palest).stroke).toBe('rgb(141, 141, 141)');
  },
};

/** Arabic: directions in words, time running right to left. */
export const Arabic: Story = {
  args: {
    locale: 'ar',
    bin: 10,
    width: 900,
    title: 'الزيارات الرسمية بين دمشق وموسكو',
    subtitle: undefined,
    byline: undefined,
  },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    await expect(figure).toHaveAttribute('dir', 'rtl');
    await expect(within(svgOf(figure)).getByText('من سوريا إلى الاتحاد السوفيتي / روسيا')).toBeVisible();
    const x = (label: string) => within(svgOf(figure)).getByText(label).getBoundingClientRect().left;
    await expect(x('١٩٥٠–١٩٥٩')).toBeGreaterThan(x('٢٠٠٠–٢٠٠٩'));
  },
};

/** Russian labels. */
export const Russian: Story = {
  args: { locale: 'ru', title: 'Официальные визиты: Дамаск и Москва', subtitle: undefined, byline: undefined },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    await expect(within(svgOf(figure)).getByText('Сирия → СССР / Россия')).toBeVisible();
    // Legend labels stop well before the next swatch.
    const items = [...figure.querySelectorAll('.dm-legend > g')];
    await expect(items.length).toBeGreaterThan(3);
    for (let i = 1; i < items.length; i++) {
      const text = items[i - 1].querySelector('text')?.getBoundingClientRect();
      const swatch = items[i].querySelector('rect')?.getBoundingClientRect();
      if (text && swatch && Math.abs(text.top - items[i].getBoundingClientRect().top) < 8)
        await expect(swatch.left - text.right).toBeGreaterThanOrEqual(6);
    }
    await expect(within(figure).getByText(/Скачать данные/)).toBeVisible();
  },
};

/** A 360 px phone: the grid turns, time runs down the side. */
export const Phone: Story = {
  args: { width: 360, tenures: true, subtitle: undefined },
  play: async ({ canvasElement }) => {
    const figure = figureOf(canvasElement);
    const svg = svgOf(figure);
    await expect(svg).toHaveAttribute('width', '360');
    await expect(namesCut(figure)).toEqual([]);
    const first = cells(figure)[0].getBoundingClientRect();
    await expect(first.width).toBeGreaterThanOrEqual(14);
    await expect(within(svg).getByText('1970–1974')).toBeVisible();
    // Down moves forward in time.
    (figure.querySelector('.dm-marks') as SVGGElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(figure.querySelector('.dm-live')).toHaveTextContent(/1945–1949/));
  },
};

/** Nothing to draw: the frame stays, with a clear message. */
export const Empty: Story = {
  args: { data: { visits: [] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('No records to show.');
  },
};

const broken = [
  dataset.visits[0],
  { ...dataset.visits[1], start: '1956-02-30' },
  { ...dataset.visits[2], end: '1800' },
  { ...dataset.visits[3], from: undefined },
  null,
  { ...dataset.visits[0] },
] as unknown as Visit[];

/** Bad records (an impossible date, an end before the start, no direction, a null, a duplicate id) are left out and named in one warning. */
export const BadData: Story = {
  args: { data: { visits: broken, people: dataset.people } },
  play: async ({ canvasElement }) => {
    await expect(printed(figureOf(canvasElement))).toBe(1);
  },
};

const fiction = [{ source: 'fiction' }];
const made = (
  id: string,
  start: string,
  from: string,
  to: string,
  level: Visit['level'],
  visitors: Visit['visitors'],
) =>
  ({
    id,
    start,
    from,
    to,
    level,
    visitors,
    city: from === 'RT' ? 'Fenwick' : 'Strelsau',
    sources: fiction,
    confidence: 'reported',
  }) as Visit;

/** Any country pair in the same record types charts too. Ruritania and Freedonia are fictional. */
export const CustomDataset: Story = {
  args: {
    title: 'Ruritania and Freedonia (fictional data)',
    subtitle: 'A made-up dataset, to show the chart works for any pair of countries',
    polityNames: { RT: 'Ruritania', FD: 'Freedonia' },
    polityGroups: {},
    bin: 5,
    width: 720,
    onSelect: fn(),
    data: {
      sources: [{ id: 'fiction', kind: 'document', title: 'Invented for this example' }],
      people: [
        { id: 'rudolf', name: { en: 'King Rudolf' }, sources: fiction, confidence: 'reported' },
        { id: 'firefly', name: { en: 'Rufus T. Firefly' }, sources: fiction, confidence: 'reported' },
      ],
      visits: [
        made('v1', '1950-03', 'RT', 'FD', 'head-of-state', ['rudolf']),
        made('v2', '1951', 'RT', 'FD', 'minister', [{ name: 'A. Minister', role: 'Foreign minister' }]),
        made('v3', '1962-05-01', 'FD', 'RT', 'head-of-government', ['firefly']),
        made('v4', '1963', 'FD', 'RT', 'head-of-government', ['firefly']),
      ],
    },
  },
  play: async ({ canvasElement, args }) => {
    const figure = figureOf(canvasElement);
    await expect(within(svgOf(figure)).getByText('Ruritania → Freedonia')).toBeVisible();
    (figure.querySelector('.dm-marks') as SVGGElement).focus();
    await waitFor(() =>
      expect(figure.querySelector('.dm-live')).toHaveTextContent(
        /^Ruritania → Freedonia, Head of state, 1950–1954: 1 visit\./,
      ),
    );
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith(expect.objectContaining({ period: 1950, count: 1 }));
  },
};
