import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { timeScale } from '../../src/charts/kit/timeScale';
import { TimeAxis } from '../../src/charts/marks/TimeAxis';
import { TimeGrid } from '../../src/charts/marks/TimeGrid';

/** The mark alone: grid lines at the ticks of a time axis, 1918 to 2026. */
function Grid({ width = 720, rtl = false }: { width?: number; rtl?: boolean }) {
  const time = timeScale([Date.UTC(1918, 0, 1), Date.UTC(2027, 0, 1)], 20, width - 20, rtl);
  return (
    <svg width={width} height={140} role="img" aria-label="Time grid">
      <TimeGrid time={time} top={0} bottom={100} width={width - 40} />
      <TimeAxis scale={time} top={104} locale={rtl ? 'ar' : 'en'} width={width - 40} />
    </svg>
  );
}

const meta = {
  title: 'Marks/TimeGrid',
  component: Grid,
  args: { width: 720 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Grid>;

export default meta;
type Story = StoryObj<typeof meta>;

const lines = (root: HTMLElement) => [...root.querySelectorAll<SVGLineElement>('.dm-grid line')];

/** A line per tick, top to bottom, at the x of `time` for the tick's date. */
export const Century: Story = {
  play: async ({ canvasElement }) => {
    const time = timeScale([Date.UTC(1918, 0, 1), Date.UTC(2027, 0, 1)], 20, 700, false);
    const ticks = time.ticks(Math.floor(680 / 70));
    await expect(lines(canvasElement).map((l) => Number(l.getAttribute('x1')))).toEqual(ticks.map((t) => time(t)));
    for (const line of lines(canvasElement)) {
      await expect(line).toHaveAttribute('y1', '0');
      await expect(line).toHaveAttribute('y2', '100');
    }
  },
};

/** Right to left: the first line in time is the rightmost. */
export const RightToLeft: Story = {
  args: { rtl: true },
  play: async ({ canvasElement }) => {
    const xs = lines(canvasElement).map((l) => Number(l.getAttribute('x1')));
    await expect(xs.length).toBeGreaterThan(3);
    await expect([...xs].sort((a, b) => b - a)).toEqual(xs);
  },
};
