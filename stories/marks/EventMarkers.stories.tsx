import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { EventMarkers } from '../../src/charts/kit/EventMarkers';
import { directionOf, type Locale } from '../../src/charts/kit/locale';
import { MARKER_ROWS, placeMarkers } from '../../src/charts/kit/markers';
import { FONT_SIZE } from '../../src/charts/kit/sizes';
import { timeScale } from '../../src/charts/kit/timeScale';
import { TimeAxis } from '../../src/charts/marks/TimeAxis';
import { dataset } from '../../src/index';
import { outside, overlapping } from './boxes';

const TURNING_POINTS = [
  'event-1944-07-22-diplomatic-relations',
  'event-1958-02-22-united-arab-republic',
  'event-1971-05-27-soviet-egyptian-treaty',
  'event-1973-10-06-october-war',
  'event-1980-10-08-treaty-friendship',
  'event-2015-09-30-russian-military-intervention',
  'event-2024-12-08-fall-of-assad-government',
];

/** The mark alone: events from the dataset, placed on a time scale so no label touches another. */
function Markers({ width = 720, locale = 'en' }: { width?: number; locale?: Locale }) {
  const rtl = directionOf(locale) === 'rtl';
  const plot = { left: 20, right: width - 20 };
  const time = timeScale([Date.UTC(1940, 0, 1), Date.UTC(2027, 0, 1)], plot.left, plot.right, rtl);
  const { markers } = placeMarkers(TURNING_POINTS, dataset.events, (t) => time(t), plot, locale, FONT_SIZE);
  const row = FONT_SIZE + 5;
  const bottom = (MARKER_ROWS + 1) * row + 60;
  return (
    <svg width={width} height={bottom + 30} role="img" aria-label="Event markers">
      <EventMarkers markers={markers} top={0} bottom={bottom} rowHeight={row} fontSize={FONT_SIZE} />
      <TimeAxis scale={time} top={bottom} locale={locale} width={plot.right - plot.left} />
    </svg>
  );
}

const meta = {
  title: 'Marks/EventMarkers',
  component: Markers,
  args: { width: 720 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Markers>;
export default meta;
type Story = StoryObj<typeof meta>;

const check = async (canvas: HTMLElement) => {
  const svg = canvas.querySelector('svg') as SVGSVGElement;
  const rules = canvas.querySelectorAll('.dm-markers line');
  const labels = [...canvas.querySelectorAll('.dm-markers text')].filter((t) => t.textContent);
  // A rule for every event; a label wherever one fits, on at most MARKER_ROWS rows.
  await expect(rules.length).toBe(TURNING_POINTS.length);
  await expect(labels.length).toBeGreaterThan(2);
  await expect(overlapping(labels)).toEqual([]);
  await expect(outside(svg, labels)).toEqual([]);
  return labels;
};

/** Seven turning points over eighty years, in English. */
export const English: Story = {
  play: async ({ canvasElement }) => {
    const labels = await check(canvasElement);
    await expect(labels.map((l) => l.textContent).join(' ')).toMatch(/treaty|Treaty/);
  },
};

/** On a phone in Arabic: fewer labels fit, none overlap, headlines in Arabic. */
export const ArabicOnAPhone: Story = {
  args: { width: 360, locale: 'ar' },
  play: async ({ canvasElement }) => {
    const labels = await check(canvasElement);
    await expect(labels[0].textContent).toMatch(/[\u0600-\u06FF]/);
  },
};
