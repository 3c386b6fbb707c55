import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { armsLayout, binArmsDeals } from '../../src/charts/arms/layout';
import { formatAmount, type Locale } from '../../src/charts/kit/locale';
import { FONT_SIZE } from '../../src/charts/kit/sizes';
import { ValueAxis } from '../../src/charts/marks/ValueAxis';
import { dataset } from '../../src/index';

/** The mark alone: the value scale of an arms layout (reported US dollars per year) and its ticks. */
function Axis({
  width = 640,
  locale = 'en',
  orientation,
}: {
  width?: number;
  locale?: Locale;
  orientation?: 'across' | 'down';
}) {
  const rtl = locale === 'ar';
  const money = (v: number) => formatAmount(v, locale, { currency: 'USD' });
  const bins = binArmsDeals(dataset.armsDeals, 'value', 5);
  if (!bins.extent) return null;
  const layout = armsLayout({
    stacks: bins.stacks,
    periods: bins.extent,
    bin: 5,
    width,
    rtl,
    orientation,
    fontSize: FONT_SIZE,
    formatValue: money,
    formatPeriod: String,
  });
  return (
    <svg width={width} height={layout.height} role="img" aria-label="Value axis" fontSize={FONT_SIZE}>
      <ValueAxis
        scale={layout.value}
        ticks={layout.valueTicks.map((t) => t.value)}
        orientation={layout.orientation}
        at={layout.valueAxis}
        plot={layout.plot}
        format={money}
        rtl={rtl}
      />
    </svg>
  );
}

const meta = {
  title: 'Marks/ValueAxis',
  component: Axis,
  args: { width: 640 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Axis>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Labels and gridlines of the layout's value scale; the labels never overlap and stay inside the SVG. */
const check = async (svg: SVGSVGElement, across: boolean) => {
  const labels = [...svg.querySelectorAll<SVGTextElement>('text')];
  const lines = svg.querySelectorAll('line');
  await expect(labels.length).toBeGreaterThan(2);
  await expect(lines.length).toBeGreaterThanOrEqual(labels.length / (across ? 1 : 2));
  const frame = svg.getBoundingClientRect();
  const boxes = labels.map((t) => t.getBoundingClientRect());
  for (const b of boxes) {
    await expect(b.left).toBeGreaterThanOrEqual(frame.left - 0.5);
    await expect(b.right).toBeLessThanOrEqual(frame.right + 0.5);
  }
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      await expect(a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1).toBe(
        false,
      );
};

/** Time across, values up the left side in US dollars; the baseline firmer than the other gridlines. */
export const Across: Story = {
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg') as SVGSVGElement;
    await check(svg, true);
    await expect(svg.querySelector('text')?.textContent).toBe('$0');
    await expect(svg.querySelector('line')).toHaveAttribute('stroke-width', '1');
  },
};

/** Time down the side on a phone, in Arabic: values across the top, in Arabic digits. */
export const DownInArabic: Story = {
  args: { width: 360, locale: 'ar', orientation: 'down' },
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg') as SVGSVGElement;
    await check(svg, false);
    await expect(svg.textContent).toMatch(/[٠-٩]/);
  },
};
