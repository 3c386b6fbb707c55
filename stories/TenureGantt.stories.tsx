import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TenureGantt } from '../src/charts/gantt/TenureGantt';
import { dataset, type Tenure } from '../src/data/index';

/** The year the first tenure in the data begins (Lenin's, 1917), for the full period's subtitle. */
const firstYear = Math.min(...dataset.tenures.map((t) => Number(t.start.slice(0, 4))));

const meta = {
  title: 'Charts/TenureGantt',
  component: TenureGantt,
  args: {
    data: dataset,
    title: 'Who ruled in Damascus and Moscow',
    subtitle: `Heads of state, party leaders, de facto rulers and heads of government, ${firstYear} to today`,
    byline: 'Graphic: damascus-moscow',
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TenureGantt>;

export default meta;
type Story = StoryObj<typeof meta>;

const chartRoot = (svg: Element) => svg.closest('figure') as HTMLElement;
const svgOf = (figure: HTMLElement) => figure.querySelector('svg') as unknown as HTMLElement;
const marks = (root: HTMLElement) => root.querySelectorAll('.dm-bars rect');

/** Pairs of bar names whose boxes overlap on the page, as "A / B". */
function overlappingNames(figure: HTMLElement): string[] {
  const names = [...figure.querySelectorAll('.dm-bar-labels text')].map((t) => ({
    text: t.textContent,
    box: t.getBoundingClientRect(),
  }));
  const pairs: string[] = [];
  for (const [i, { text, box: a }] of names.entries()) {
    for (const { text: other, box: b } of names.slice(i + 1)) {
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
        pairs.push(`${text} / ${other}`);
    }
  }
  return pairs;
}

/** Every tenure from the Arab Kingdom of 1918 to today, filling the page width, with the turning points marked. */
export const FullCentury: Story = {
  args: {
    markers: [
      'event-1944-07-22-diplomatic-relations',
      'event-1958-02-22-united-arab-republic',
      'event-1980-10-08-treaty-friendship',
      'event-2015-09-30-russian-military-intervention',
      'event-2024-12-08-fall-of-assad-government',
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const chart = canvas.getByRole('img', { name: 'Who ruled in Damascus and Moscow' });
    await expect(marks(chartRoot(chart)).length).toBe(dataset.tenures.length);
    const link = canvas.getByText(/Get the data/);
    await userEvent.hover(link);
    await expect(link).toHaveAttribute('download', 'tenure-gantt.csv');
    await expect(link.getAttribute('href')).toMatch(/^blob:/);
    await expect(within(chart as unknown as HTMLElement).getAllByText('Hafez al-Assad')[0]).toBeVisible();
  },
};

/** The Cold War: 1955 to 1991, with the bars cut at the edges of the period. */
export const ColdWar: Story = {
  args: {
    domain: ['1955', '1991'],
    title: 'Damascus and Moscow in the Cold War',
    subtitle: '1955–1991',
    markers: ['event-1967-06-05-six-day-war', 'event-1973-10-06-october-war', 'event-1980-10-08-treaty-friendship'],
  },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure') as HTMLElement;
    await expect(figure.querySelectorAll('.dm-callout-rules [data-annotation]')).toHaveLength(3);
    const inPeriod = dataset.tenures.filter((t) => t.start < '1992' && (t.end === null || t.end >= '1955'));
    await expect(marks(figure).length).toBe(inPeriod.length);
    await expect(within(svgOf(figure)).getByText('Leonid Brezhnev')).toBeVisible();
  },
};

/** Dark theme, for dark-mode pages. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure') as HTMLElement;
    await expect(figure).toHaveAttribute('data-theme', 'dark');
    await expect(getComputedStyle(figure).backgroundColor).toBe('rgb(20, 20, 20)');
  },
};

/** Print: black, greys and hatching, at a fixed column width. */
export const Print: Story = {
  args: { theme: 'print', width: 720 },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure') as HTMLElement;
    await expect(getComputedStyle(figure).fontFamily).toMatch(/Georgia/);
    await expect(figure.querySelector('svg')).toHaveAttribute('width', '720');
  },
};

/** Arabic: labels and dates in Arabic, time running right to left. */
export const Arabic: Story = {
  args: { locale: 'ar', title: 'من حكم في دمشق وموسكو', subtitle: undefined, byline: undefined },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure') as HTMLElement;
    await expect(figure).toHaveAttribute('dir', 'rtl');
    await expect(within(svgOf(figure)).getAllByText('حافظ الأسد')[0]).toBeVisible();
    // Time runs right to left: the 1920 tick sits right of the 2020 tick.
    // Where the label sits on the screen, whatever draws the axis (a transform on its group, or x on the text).
    const tickX = (label: string) => {
      const box = within(svgOf(figure)).getByText(label).getBoundingClientRect();
      return box.left + box.width / 2;
    };
    await expect(tickX('١٩٢٠')).toBeGreaterThan(tickX('٢٠٢٠'));
    // Names side by side, none printed over another (Bashar al-Assad over Khaddam, Putin over Medvedev).
    await expect(figure.querySelectorAll('.dm-bar-labels text').length).toBeGreaterThanOrEqual(10);
    await expect(overlappingNames(figure)).toEqual([]);
  },
};

/** The README's first example: Arabic, dark, the Cold War with two events marked. */
export const ArabicColdWar: Story = {
  args: {
    locale: 'ar',
    theme: 'dark',
    domain: ['1955', '1991'],
    markers: ['event-1980-10-08-treaty-friendship', 'event-1973-10-06-october-war'],
    title: 'دمشق وموسكو في الحرب الباردة',
    subtitle: '١٩٥٥–١٩٩١',
    byline: undefined,
  },
  parameters: { backgrounds: { default: 'dark' } },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure') as HTMLElement;
    await expect(figure.querySelectorAll('.dm-bar-labels text').length).toBeGreaterThanOrEqual(10);
    await expect(overlappingNames(figure)).toEqual([]);
    // Every text inside the picture: nothing cut at the left edge, where time ends.
    const svg = svgOf(figure).getBoundingClientRect();
    const outside = [...figure.querySelectorAll('svg text')]
      .filter((t) => {
        const b = t.getBoundingClientRect();
        return b.width > 0 && (b.left < svg.left - 1 || b.right > svg.right + 1);
      })
      .map((t) => t.textContent);
    await expect(outside).toEqual([]);
  },
};

/** Russian labels and dates. */
export const Russian: Story = {
  args: { locale: 'ru', title: 'Кто правил в Дамаске и Москве', subtitle: undefined, byline: undefined },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure') as HTMLElement;
    await expect(within(svgOf(figure)).getAllByText(/Брежнев/)[0]).toBeVisible();
    await expect(within(figure).getByText(/Скачать данные/)).toBeVisible();
  },
};

/** A 360 px phone: lane labels move above the lanes, names abbreviate or step outside their bars. */
export const Phone: Story = {
  args: {
    width: 360,
    domain: ['1946', null],
    subtitle: 'Heads of state, party leaders, de facto rulers and heads of government, 1946 to today',
  },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure') as HTMLElement;
    await expect(figure.querySelector('svg')).toHaveAttribute('width', '360');
    // No label may overlap another one; and there are names to check, or the loop proves nothing.
    await expect(figure.querySelectorAll('.dm-bar-labels text').length).toBeGreaterThanOrEqual(5);
    await expect(overlappingNames(figure)).toEqual([]);
  },
};

/** Nothing to draw: the frame stays, with a clear message. */
export const Empty: Story = {
  args: { data: { tenures: [] }, subtitle: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('No records to show.');
  },
};

const broken = [
  dataset.tenures[0],
  { ...dataset.tenures[1], start: '1920-02-30' },
  { ...dataset.tenures[2], end: '1800' },
  null,
  { ...dataset.tenures[0] },
] as unknown as Tenure[];

/** Bad records (an impossible date, an end before the start, a null, a duplicate id) are left out and named in one warning. */
export const BadData: Story = {
  args: { data: { tenures: broken, people: dataset.people }, subtitle: 'Four bad records left out, one drawn' },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure') as HTMLElement;
    await expect(marks(figure).length).toBe(1);
  },
};

/** Any country pair in the same record types charts too. Ruritania and Freedonia are fictional. */
export const CustomDataset: Story = {
  args: {
    title: 'Ruritania and Freedonia (fictional data)',
    subtitle: 'A made-up dataset, to show the chart works for any pair of countries',
    polityNames: { RT: 'Ruritania', FD: 'Freedonia' },
    onSelect: fn(),
    data: {
      people: [
        { id: 'rudolf', name: { en: 'King Rudolf' }, sources: [{ source: 'fiction' }], confidence: 'reported' },
        { id: 'flagg', name: { en: 'Rufus T. Firefly' }, sources: [{ source: 'fiction' }], confidence: 'reported' },
      ],
      sources: [{ id: 'fiction', kind: 'document', title: 'Invented for this example' }],
      tenures: [
        {
          id: 'rt-1',
          personId: 'rudolf',
          polity: 'RT',
          office: 'head-of-state',
          title: 'King',
          start: '1950-03',
          end: '1971',
          sources: [{ source: 'fiction' }],
          confidence: 'reported',
        },
        {
          id: 'fd-1',
          personId: 'flagg',
          polity: 'FD',
          office: 'head-of-government',
          title: 'Prime Minister',
          start: '1962-05-01',
          end: null,
          acting: true,
          sources: [{ source: 'fiction' }],
          confidence: 'reported',
        },
      ],
    },
  },
  play: async ({ canvasElement, args }) => {
    const figure = canvasElement.querySelector('figure') as HTMLElement;
    await expect(within(figure).getByText('Ruritania: Head of state')).toBeVisible();
    (figure.querySelector('.dm-marks') as SVGGElement).focus();
    await waitFor(() =>
      expect(figure.querySelector('.dm-live')).toHaveTextContent(/^King Rudolf, Head of state, Ruritania/),
    );
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'rt-1' }));
  },
};

/** An `rgb(…)`/`rgba(…)` colour as [r, g, b, a]. */
const rgba = (css: string) => {
  const [r, g, b, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a] as const;
};
const luminance = ([r, g, b]: readonly number[]) => {
  const c = [r, g, b].map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
};
/** `top` painted at `alpha` over `under`. */
const over = (top: readonly number[], alpha: number, under: readonly number[]) =>
  [0, 1, 2].map((i) => top[i] * alpha + under[i] * (1 - alpha));
/** Product of the opacities from `el` up to the SVG. */
const opacityOf = (el: Element) => {
  let o = 1;
  for (let e: Element | null = el; e && e.tagName !== 'svg'; e = e.parentElement)
    o *= Number(getComputedStyle(e).opacity);
  return o;
};

/**
 * The contrast a reader sees between each bar name and what lies under its middle
 * (the bar, as painted over the page, or the page itself), by WCAG's formula.
 */
function nameContrasts(figure: HTMLElement) {
  const page = rgba(getComputedStyle(figure).backgroundColor);
  const rects = [...marks(figure)] as SVGRectElement[];
  return [...figure.querySelectorAll<SVGTextElement>('.dm-bar-labels text')].map((text) => {
    const box = text.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    let under: readonly number[] = page;
    for (const rect of rects) {
      const r = rect.getBoundingClientRect();
      if (cx < r.left || cx > r.right || cy < r.top || cy > r.bottom) continue;
      const style = getComputedStyle(rect);
      if (!style.fill.startsWith('rgb')) continue;
      under = over(rgba(style.fill), Number(style.fillOpacity) * opacityOf(rect), page);
    }
    const fill = rgba(getComputedStyle(text).fill);
    const seen = over(fill, opacityOf(text), under);
    const [hi, lo] = [luminance(seen), luminance(under)].sort((a, b) => b - a);
    return { name: text.textContent ?? '', ratio: (hi + 0.05) / (lo + 0.05) };
  });
}

/** One person picked out: Hafez al-Assad's tenures stay strong, the rest fade, their names still readable. */
export const Highlight: Story = {
  args: {
    highlight: 'hafez-al-assad',
    domain: ['1963', '2000'],
    subtitle: "Hafez al-Assad's offices picked out among every leader's, 1963–2000",
  },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure') as HTMLElement;
    const faded = [...marks(figure)].filter((m) => m.getAttribute('opacity') === '0.25');
    await expect(faded.length).toBeGreaterThan(0);
    await expect(faded.length).toBeLessThan(marks(figure).length);
    const label = within(svgOf(figure)).getAllByText('Hafez al-Assad')[0];
    await expect(label.getAttribute('opacity')).toBeNull();
    // Every name, dimmed or not, reads at WCAG AA for small text (4.5 : 1) against what it sits on.
    const contrasts = nameContrasts(figure);
    await expect(contrasts.length).toBeGreaterThan(10);
    await expect(contrasts.filter((c) => c.ratio < 4.5).map((c) => `${c.name} ${c.ratio.toFixed(1)}`)).toEqual([]);
  },
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Filling its parent in a flex row and in a grid cell: the chart takes the cell's width and never grows by itself. */
export const InFlexAndGrid: Story = {
  args: { title: 'In a flex row and a grid cell', subtitle: undefined, byline: undefined, domain: ['1945', null] },
  render: (args) => (
    <div>
      <div style={{ display: 'flex', gap: 16 }}>
        <div data-testid="flex-cell" style={{ flex: 1 }}>
          <TenureGantt {...args} />
        </div>
        <div style={{ width: 120 }}>A sidebar</div>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 16, marginTop: 16 }}>
        <div data-testid="grid-cell">
          <TenureGantt {...args} />
        </div>
        <div>Another column</div>
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const widthOf = (cell: HTMLElement) => Number(cell.querySelector('svg')?.getAttribute('width'));
    const cells = [canvas.getByTestId('flex-cell'), canvas.getByTestId('grid-cell')];
    await waitFor(() => {
      for (const cell of cells) expect(Math.abs(widthOf(cell) - cell.clientWidth)).toBeLessThanOrEqual(1);
    });
    const settled = cells.map(widthOf);
    await pause(600);
    await expect(cells.map(widthOf)).toEqual(settled);
  },
};

/** On a phone, the tooltip of a bar at the right edge turns back inside the screen. */
export const TooltipAtTheEdge: Story = {
  args: { width: 360, domain: ['1990', null], subtitle: undefined, byline: undefined },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure') as HTMLElement;
    const group = figure.querySelector('.dm-marks') as SVGGElement;
    group.focus();
    await userEvent.keyboard('{End}');
    const tip = await waitFor(() => {
      const el = document.querySelector('.dm-tooltip') as HTMLElement;
      expect(el).toBeVisible();
      return el;
    });
    await waitFor(() => {
      const r = tip.getBoundingClientRect();
      expect(r.left).toBeGreaterThanOrEqual(0);
      expect(r.right).toBeLessThanOrEqual(window.innerWidth);
      expect(r.top).toBeGreaterThanOrEqual(0);
    });
  },
};

/**
 * In a CMS card that is scaled and shifted (a CSS transform), the tooltip
 * still sits by the bar it names: it is drawn in the page's body, with the
 * chart's dark theme and right-to-left direction.
 */
export const TooltipInATransformedCard: Story = {
  args: { width: 600, domain: ['1970', '2000'], theme: 'dark', locale: 'ar', subtitle: undefined, byline: undefined },
  decorators: [
    (Story) => (
      <div style={{ transform: 'translate(40px, 30px) scale(0.9)', transformOrigin: '0 0' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('figure') as HTMLElement;
    (figure.querySelector('.dm-marks') as SVGGElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    const tip = await waitFor(() => {
      const el = document.querySelector('.dm-tooltip') as HTMLElement;
      expect(el).toBeVisible();
      return el;
    });
    await expect(tip.parentElement).toBe(document.body);
    await expect(tip.dir).toBe('rtl');
    await expect(getComputedStyle(tip).backgroundColor).toBe(getComputedStyle(figure).backgroundColor);
    // Beside the focused bar, as drawn on the page: not pushed off by the card's transform.
    const ring = (figure.querySelector('.dm-focus-ring') as Element).getBoundingClientRect();
    await waitFor(() => {
      const r = tip.getBoundingClientRect();
      const gap = Math.max(0, r.left - ring.right, ring.left - r.right, r.top - ring.bottom, ring.top - r.bottom);
      expect(gap).toBeLessThan(16);
    });
  },
};
