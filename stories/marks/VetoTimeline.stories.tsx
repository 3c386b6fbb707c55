import type { Meta, StoryObj } from '@storybook/react-vite';
import { Group } from '@visx/group';
import { Circle } from '@visx/shape';
import { useId, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { dateInterval, type Event, events, formatPartialDate } from '../../src/index';
import {
  ChartMarks,
  ChartSvg,
  ChartTooltip,
  createTooltipStore,
  FONT_SIZE,
  Legend,
  legendLayout,
  paletteVar,
  TimeAxis,
  timeKeys,
  timeScale,
} from '../../src/marks';

const KINDS = ['veto', 'un-vote'] as const;
const R = 5;

/** A new chart from the marks: every UN veto and vote in the dataset, a dot per vote on one time axis. */
function VetoTimeline({ width = 720 }: { width?: number }) {
  const id = useId().replace(/:/g, '');
  const [store] = useState(createTooltipStore<Dot>);
  const votes = events.filter((e) => (KINDS as readonly string[]).includes(e.kind));
  const at = (e: Event) => dateInterval(e.start)?.start ?? 0;
  const time = timeScale([Date.UTC(1945, 0, 1), Date.UTC(2027, 0, 1)], 20, width - 20, false);
  const legend = legendLayout(
    KINDS.map((kind, i) => ({ label: kind === 'veto' ? 'Veto' : 'Other UN vote', fill: paletteVar(i) })),
    width,
    { fontSize: FONT_SIZE, rtl: false },
  );
  // Dots pile up where votes fall close together: each takes the lowest free row.
  const rows: number[] = [];
  const dots = votes
    .sort((a, b) => at(a) - at(b))
    .map((event) => {
      const x = time(at(event));
      let row = 0;
      while ((rows[row] ?? Number.NEGATIVE_INFINITY) > x - 2 * R - 1) row++;
      rows[row] = x;
      return { event, x, row };
    });
  const base = legend.height + 16 + Math.max(0, ...dots.map((d) => d.row)) * (2 * R + 1) + R;
  const { forward, back } = timeKeys(false);
  return (
    <figure style={{ margin: 0 }}>
      <ChartSvg
        id={id}
        width={width}
        height={base + 40}
        title="Vetoes and other UN votes in the dataset"
        description={`${dots.length} UN votes.`}
      >
        <Legend layout={legend} top={0} />
        <ChartMarks
          label={`${dots.length} votes; arrow keys move between them`}
          store={store}
          marks={dots}
          box={(d) => ({ x: d.x - R, y: base - d.row * (2 * R + 1) - R, width: 2 * R, height: 2 * R })}
          step={(i, key) => (key === forward ? i + 1 : key === back ? i - 1 : null)}
          records={(d) => [d.event.id]}
        >
          <Group top={base}>
            {dots.map((d) => (
              <Circle
                key={d.event.id}
                cx={d.x}
                cy={-d.row * (2 * R + 1)}
                r={R}
                fill={paletteVar(KINDS.indexOf(d.event.kind as (typeof KINDS)[number]))}
              />
            ))}
          </Group>
        </ChartMarks>
        <TimeAxis scale={time} top={base + R + 4} locale="en" width={width - 40} />
      </ChartSvg>
      <ChartTooltip
        store={store}
        render={(d) => (
          <div>
            {formatPartialDate(d.event.start, 'en')}: {d.event.title.en}
          </div>
        )}
        describe={(d) => `${formatPartialDate(d.event.start, 'en')}: ${d.event.title.en}`}
        count={dots.length}
        locale="en"
      />
    </figure>
  );
}
type Dot = { event: Event; x: number; row: number };

const meta = { title: 'Marks/Building a chart: UN votes', component: VetoTimeline } satisfies Meta<typeof VetoTimeline>;
export default meta;

/** About 80 lines: the legend, time axis, keyboard navigation, tooltip and live region are the marks'; the dots are `@visx/shape`'s `Circle` in a `@visx/group` `Group`. */
export const UnVotes: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const dots = canvasElement.querySelectorAll('.dm-marks circle');
    const count = events.filter((e) => e.kind === 'veto' || e.kind === 'un-vote').length;
    await expect(dots.length).toBe(count);
    await expect(canvasElement.querySelectorAll('.dm-axis text').length).toBeGreaterThan(3);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    await expect(await page.findByRole('tooltip', { hidden: true })).toHaveTextContent('1954');
  },
};
