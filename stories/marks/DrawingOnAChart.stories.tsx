import type { Meta, StoryObj } from '@storybook/react-vite';
import { Bar, Line } from '@visx/shape';
import { expect } from 'storybook/test';
import { ArmsDealBars, dataset, TenureGantt, VisitHeatmap } from '../../src/index';

const TREATY = 'event-1980-10-08-treaty-friendship';
const treatyDay = new Date(Date.UTC(1980, 9, 8));

/**
 * `children(layout)` on each chart, with `@visx/shape` parts placed by the
 * layout's own scales: a line on the day of the 1980 treaty over the Gantt
 * (where the chart's own marker for it stands), a line at $1bn across the
 * arms bars, and a frame around the heatmap's 1980s column of Syrian heads
 * of state visiting Moscow.
 */
function OnTop({ width = 720 }: { width?: number }) {
  return (
    <div>
      <TenureGantt data={dataset} width={width} domain={['1970', '1991']} markers={[TREATY]}>
        {(layout) => {
          const x = layout.time(treatyDay);
          return (
            <Line
              className="mine"
              from={{ x, y: layout.plot.top }}
              to={{ x, y: layout.plot.bottom }}
              stroke="crimson"
              strokeWidth={3}
            />
          );
        }}
      </TenureGantt>
      <ArmsDealBars data={dataset} width={width} measure="value" bin={5} orientation="across">
        {(layout) => {
          const y = layout.value(1e9);
          return (
            <Line
              className="mine"
              from={{ x: layout.plot.left, y }}
              to={{ x: layout.plot.right, y }}
              stroke="crimson"
              strokeWidth={2}
            />
          );
        }}
      </ArmsDealBars>
      <VisitHeatmap data={dataset} width={width} bin={10} orientation="across">
        {(layout) => {
          const key = layout.row.domain().find((k) => k.startsWith('SY>') && k.endsWith('|head-of-state'));
          const x = layout.period(1980);
          if (key === undefined || x === undefined) return null;
          const height = layout.cells.find((c) => c.period === 1980)?.height ?? 0;
          return (
            <Bar
              className="mine"
              x={x}
              y={layout.row(key)}
              width={layout.period.bandwidth()}
              height={height}
              fill="none"
              stroke="crimson"
              strokeWidth={3}
            />
          );
        }}
      </VisitHeatmap>
    </div>
  );
}

const meta = { title: 'Marks/Drawing on a chart', component: OnTop, parameters: { layout: 'padded' } } satisfies Meta<
  typeof OnTop
>;
export default meta;

const centre = (e: Element) => {
  const r = e.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

/** Each drawing lands where the chart drew the same thing. */
export const WithVisxShapes: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const [gantt, arms, heatmap] = [...canvasElement.querySelectorAll('figure')];
    // The Gantt: the line stands on the chart's own marker rule for the treaty.
    const line = gantt.querySelector('.mine') as Element;
    const rule = gantt.querySelector(`line[data-annotation="${TREATY}"]`) as Element;
    await expect(Math.abs(centre(line).x - centre(rule).x)).toBeLessThan(1);
    // The arms chart: the line runs through the axis's own $1bn label.
    const level = centre(arms.querySelector('.mine') as Element).y;
    const billion = [...arms.querySelectorAll('.dm-value-axis text')].find((t) => t.textContent === '$1bn');
    await expect(billion).toBeDefined();
    await expect(Math.abs(centre(billion as Element).y - level)).toBeLessThan(2);
    // The heatmap: the frame holds exactly one cell, the 1980s for Syrian heads of state in Moscow.
    const frame = (heatmap.querySelector('.mine') as Element).getBoundingClientRect();
    const inside = [...heatmap.querySelectorAll('.dm-cells rect')].filter((r) => {
      const c = centre(r);
      return c.x > frame.left && c.x < frame.right && c.y > frame.top && c.y < frame.bottom;
    });
    await expect(inside.length).toBe(1);
  },
};
