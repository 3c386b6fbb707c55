import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect } from 'storybook/test';
import { type HeatmapLayout, heatmapLayout } from '../../src/charts/heatmap/layout';
import { visitRows } from '../../src/charts/heatmap/scene';
import { heatmapWords } from '../../src/charts/heatmap/words';
import { countryNamer, DEFAULT_POLITY_GROUPS } from '../../src/charts/kit/polities';
import { FONT_SIZE } from '../../src/charts/kit/sizes';
import { HeatmapCells } from '../../src/charts/marks/HeatmapCells';
import { dataset } from '../../src/index';

/** A row per direction and level of visitor, named as the chart names them. */
const { seriesOf: series } = visitRows({
  rows: 'direction-level',
  polityGroups: DEFAULT_POLITY_GROUPS,
  countryName: countryNamer(undefined, 'en'),
  words: heatmapWords.en,
});

interface GridArgs {
  width?: number;
  bin?: number;
  years?: [number, number];
  coverage?: [number, number];
  rtl?: boolean;
  transposed?: boolean;
}

/** A heatmap layout of the bundled visits (pure: the play functions make the same one to check against). */
const layoutOf = ({
  width = 900,
  bin = 10,
  years = [1944, 2026],
  coverage = [1944, 2026],
  rtl = false,
  transposed = false,
}: GridArgs): HeatmapLayout =>
  heatmapLayout({
    visits: dataset.visits,
    series,
    bin,
    years,
    coverage,
    width,
    rtl,
    transposed,
    fontSize: FONT_SIZE,
  });

/** The mark alone: the cells and counts a heatmap layout places, nothing else of the chart. */
function Cells(args: GridArgs) {
  const id = useId().replace(/:/g, '');
  const layout = layoutOf(args);
  return (
    <svg width={layout.width} height={layout.height} role="img" aria-label="Heatmap cells">
      <HeatmapCells cells={layout.cells} colour={layout.colour} id={id} locale={args.rtl ? 'ar' : 'en'} />
    </svg>
  );
}

const meta = {
  title: 'Marks/HeatmapCells',
  component: Cells,
  args: { width: 900, bin: 10 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Cells>;
export default meta;
type Story = StoryObj<typeof meta>;

const rects = (root: HTMLElement) => [...root.querySelectorAll<SVGRectElement>('.dm-cells rect')];
const counts = (root: HTMLElement) => [...root.querySelectorAll<SVGTextElement>('.dm-counts text')];
const attr = (el: Element, name: string) => Number(el.getAttribute(name));

/** Visits per decade since 1944: a rect per cell at the layout's place, filled by its count, the counts printed. */
export const PerDecade: Story = {
  play: async ({ canvasElement, args }) => {
    const layout = layoutOf(args);
    const drawn = rects(canvasElement);
    await expect(drawn).toHaveLength(layout.cells.length);
    const misplaced = layout.cells.filter((cell, i) => {
      // Filled cells are outlined half a pixel inside their box.
      const inset = cell.shade ? 0.5 : 0;
      return (
        Math.abs(attr(drawn[i], 'x') - (cell.x + inset)) > 1e-6 ||
        Math.abs(attr(drawn[i], 'y') - (cell.y + inset)) > 1e-6 ||
        drawn[i].getAttribute('fill') !== layout.colour(cell.count)
      );
    });
    await expect(misplaced).toEqual([]);
    const total = layout.cells.reduce((n, c) => n + c.count, 0);
    await expect(total).toBeGreaterThan(0);
    await expect(counts(canvasElement).reduce((n, t) => n + Number(t.textContent), 0)).toBe(total);
    // Darker cells for busier decades: the colours are the theme's sequential ramp.
    await expect(new Set(drawn.map((r) => getComputedStyle(r).fill)).size).toBeGreaterThan(2);
  },
};

/** Years the data does not cover (before 1944, after 2026) are hatched, not drawn as "no visits". */
export const NoData: Story = {
  args: { years: [1930, 2035] },
  play: async ({ canvasElement, args }) => {
    const layout = layoutOf(args);
    const hatched = rects(canvasElement).filter((r) => r.getAttribute('fill')?.startsWith('url(#'));
    await expect(hatched.length).toBe(layout.cells.filter((c) => !c.covered).length);
    await expect(hatched.length).toBeGreaterThan(0);
    const pattern = hatched[0].getAttribute('fill')?.slice(5, -1) ?? '';
    await expect(canvasElement.querySelector(`pattern[id="${pattern}"]`)).not.toBeNull();
  },
};

/** A phone, right to left: five-year periods down the side, the first row's column on the right, Arabic digits. */
export const TurnedRightToLeft: Story = {
  args: { width: 360, bin: 5, rtl: true, transposed: true },
  play: async ({ canvasElement }) => {
    const [first, second] = rects(canvasElement);
    await expect(attr(first, 'x')).toBeGreaterThan(attr(second, 'x'));
    await expect(Math.abs(attr(first, 'y') - attr(second, 'y'))).toBeLessThanOrEqual(0.5);
    const digits = counts(canvasElement).map((t) => t.textContent ?? '');
    await expect(digits.length).toBeGreaterThan(0);
    for (const text of digits) await expect(text).toMatch(/^[٠-٩]+$/);
    // Inside the picture.
    const svg = canvasElement.querySelector('svg')?.getBoundingClientRect();
    for (const rect of rects(canvasElement)) {
      const box = rect.getBoundingClientRect();
      await expect(box.left >= (svg?.left ?? 0) - 1 && box.right <= (svg?.right ?? 0) + 1).toBe(true);
    }
  },
};
