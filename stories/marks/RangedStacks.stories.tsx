import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect } from 'storybook/test';
import { armsLayout, binArmsDeals } from '../../src/charts/arms/layout';
import { FONT_SIZE } from '../../src/charts/kit/sizes';
import { RangedStacks } from '../../src/charts/marks/RangedStacks';
import { dataset } from '../../src/index';

/** The mark alone: an arms layout of the bundled deals, and the stacks it places. */
function Stacks({
  width = 800,
  rtl = false,
  bin = 1,
  measure = 'quantity',
  orientation,
}: {
  width?: number;
  rtl?: boolean;
  bin?: number;
  measure?: 'value' | 'quantity' | 'deals';
  orientation?: 'across' | 'down';
}) {
  const id = useId().replace(/:/g, '');
  const bins = binArmsDeals(dataset.armsDeals, measure, bin);
  if (!bins.extent) return null;
  const layout = armsLayout({
    stacks: bins.stacks,
    periods: bins.extent,
    bin,
    width,
    rtl,
    orientation,
    fontSize: FONT_SIZE,
    formatValue: String,
    formatPeriod: String,
  });
  return (
    <svg width={width} height={layout.height} role="img" aria-label="Ranged stacks" data-testid="stacks">
      <RangedStacks segments={layout.segments} orientation={layout.orientation} colour={layout.colour} id={id} />
    </svg>
  );
}

const meta = {
  title: 'Marks/RangedStacks',
  component: Stacks,
  args: { width: 800 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Stacks>;
export default meta;
type Story = StoryObj<typeof meta>;

const expected = (bin: number, measure: 'value' | 'quantity' | 'deals') =>
  binArmsDeals(dataset.armsDeals, measure, bin).stacks;

/** By quantity, year by year: a rect per stack, ranges faded to their top with a whisker. */
export const ByQuantity: Story = {
  play: async ({ canvasElement }) => {
    const stacks = expected(1, 'quantity');
    const svg = canvasElement.querySelector('svg') as SVGSVGElement;
    await expect(svg.querySelectorAll('.dm-bars rect').length).toBe(stacks.length);
    await expect(svg.querySelectorAll('.dm-range').length).toBe(stacks.filter((s) => s.high > s.low).length);
    await expect(svg.querySelector('.dm-bars')).toHaveAttribute('data-orientation', 'across');
    // Refused segments are hatched, the others filled with their status colour.
    const refused = svg.querySelector('[data-status="refused"]');
    if (refused) await expect(refused.getAttribute('fill')).toMatch(/^url\(#/);
    await expect(svg.querySelector('[data-status="delivered"]')?.getAttribute('fill')).toMatch(/^var\(/);
  },
};

/** Deals per decade, time down the side, right to left: bars grow leftwards from the right edge. */
export const DownRightToLeft: Story = {
  args: { bin: 10, measure: 'deals', rtl: true, width: 360, orientation: 'down' },
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg') as SVGSVGElement;
    await expect(svg.querySelector('.dm-bars')).toHaveAttribute('data-orientation', 'down');
    const rects = [...svg.querySelectorAll<SVGRectElement>('.dm-bars [data-status="delivered"] rect')];
    await expect(rects.length).toBeGreaterThan(0);
    // Delivered is first from the baseline: its right edge is the chart's right edge, less the plot's margin.
    const rights = rects.map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')));
    await expect(Math.max(...rights) - Math.min(...rights)).toBeLessThan(1);
    await expect(Math.max(...rights)).toBeGreaterThan(300);
  },
};
