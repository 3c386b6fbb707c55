import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { directionOf, type Locale } from '../../src/charts/kit/locale';
import { timeScale } from '../../src/charts/kit/timeScale';
import { TimeAxis } from '../../src/charts/marks/TimeAxis';
import { outside, overlapping } from './boxes';

/** The mark alone: a time axis over a UTC time scale, in the locale's calendar words and digits. */
function Axis({
  width = 640,
  locale = 'en',
  from = '1944',
  to = '2026',
}: {
  width?: number;
  locale?: Locale;
  from?: string;
  to?: string;
}) {
  const rtl = directionOf(locale) === 'rtl';
  // Half a label of room at each end, as the charts keep.
  const time = timeScale([Date.UTC(Number(from), 0, 1), Date.UTC(Number(to), 0, 1)], 20, width - 20, rtl);
  return (
    <svg width={width} height={40} role="img" aria-label="Time axis">
      <TimeAxis scale={time} top={4} locale={locale} width={width - 40} />
    </svg>
  );
}

const meta = {
  title: 'Marks/TimeAxis',
  component: Axis,
  args: { width: 640 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Axis>;
export default meta;
type Story = StoryObj<typeof meta>;

const labels = (root: HTMLElement) => [...root.querySelectorAll('.dm-axis text')];

/** Eighty years in English: a label every decade or so, none touching another, none past the ends. */
export const English: Story = {
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg') as SVGSVGElement;
    await expect(labels(canvasElement).length).toBeGreaterThan(4);
    await expect(overlapping(labels(canvasElement))).toEqual([]);
    await expect(outside(svg, labels(canvasElement))).toEqual([]);
    await expect(labels(canvasElement)[0].textContent).toMatch(/^\d{4}$/);
  },
};

/** In Arabic time runs right to left, in Arabic-Indic digits: the earliest year is on the right. */
export const Arabic: Story = {
  args: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const texts = labels(canvasElement);
    await expect(texts[0].textContent).toMatch(/^[٠-٩]{4}$/);
    const first = texts[0].getBoundingClientRect();
    const last = texts[texts.length - 1].getBoundingClientRect();
    await expect(first.left).toBeGreaterThan(last.left);
    await expect(overlapping(texts)).toEqual([]);
  },
};

/** Two years in Russian on a phone: month ticks in Russian month names, still apart. */
export const RussianMonthsOnAPhone: Story = {
  args: { locale: 'ru', width: 360, from: '2015', to: '2017' },
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg') as SVGSVGElement;
    const texts = labels(canvasElement);
    await expect(texts.length).toBeGreaterThan(2);
    await expect(overlapping(texts)).toEqual([]);
    await expect(outside(svg, texts)).toEqual([]);
    await expect(texts.map((t) => t.textContent).join(' ')).toMatch(/2016/);
  },
};
