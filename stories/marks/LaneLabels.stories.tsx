import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { peopleById } from '../../src/charts/gantt/names';
import { ganttScene } from '../../src/charts/gantt/scene';
import { ganttWords } from '../../src/charts/gantt/words';
import { countryNamer, DEFAULT_POLITY_GROUPS } from '../../src/charts/kit/polities';
import { startOfToday } from '../../src/charts/kit/sizes';
import { LaneLabels } from '../../src/charts/marks/LaneLabels';
import { dataset, type Locale, type Office } from '../../src/index';

/** The mark alone: the lane labels of a Gantt layout of the bundled tenures, beside the plot or above each lane. */
function Labels({ width = 900, locale = 'en' }: { width?: number; locale?: Locale }) {
  const layout = ganttScene({
    tenures: dataset.tenures,
    people: peopleById(dataset.people),
    width,
    today: startOfToday(new Date('2026-11-26T00:00:00Z')),
    locale,
    polityGroups: DEFAULT_POLITY_GROUPS,
    countryName: countryNamer(undefined, locale),
    officeName: (office) => ganttWords[locale].offices[office as Office] ?? office,
  });
  if (!layout) return null;
  return (
    <svg width={width} height={layout.plot.bottom} role="img" aria-label="Lane labels" data-mode={layout.labelMode}>
      {layout.lanes.map((lane) => (
        <rect
          key={lane.key}
          x={layout.plot.left}
          y={lane.y}
          width={layout.plot.right - layout.plot.left}
          height={lane.rows * 22}
          fill="#eee"
        />
      ))}
      <LaneLabels lanes={layout.lanes} />
    </svg>
  );
}

const meta = {
  title: 'Marks/LaneLabels',
  component: Labels,
  args: { width: 900, locale: 'en' },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Labels>;

export default meta;
type Story = StoryObj<typeof meta>;

const labels = (root: HTMLElement) => [...root.querySelectorAll<SVGTextElement>('.dm-lanes text')];
const plotOf = (root: HTMLElement) => root.querySelector('rect')?.getBoundingClientRect() as DOMRect;

/** Wide: each lane's name beside the plot, to its left, level with the lane's first row. */
export const Beside: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('svg')).toHaveAttribute('data-mode', 'side');
    await expect(labels(canvasElement).map((t) => t.textContent)).toContain('Syria: Head of state');
    for (const text of labels(canvasElement))
      await expect(text.getBoundingClientRect().right).toBeLessThanOrEqual(plotOf(canvasElement).left);
  },
};

/** Arabic: beside the plot on its right, where time begins. */
export const Arabic: Story = {
  args: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    for (const text of labels(canvasElement))
      await expect(text.getBoundingClientRect().left).toBeGreaterThanOrEqual(plotOf(canvasElement).right);
  },
};

/** A phone: above each lane, over the plot. */
export const Above: Story = {
  args: { width: 320 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('svg')).toHaveAttribute('data-mode', 'above');
    const rows = [...canvasElement.querySelectorAll('rect')].map((r) => r.getBoundingClientRect());
    labels(canvasElement).forEach((text, i) => {
      expect(text.getBoundingClientRect().bottom).toBeLessThanOrEqual(rows[i].top + 1);
    });
  },
};
