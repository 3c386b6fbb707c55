import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { drawCallouts, planAnnotations } from '../../src/charts/kit/annotationLayout';
import type { Annotation } from '../../src/charts/kit/annotations';
import { directionOf, type Locale } from '../../src/charts/kit/locale';
import { annotationsFromEvents } from '../../src/charts/kit/markers';
import { FONT_SIZE } from '../../src/charts/kit/sizes';
import { timeScale } from '../../src/charts/kit/timeScale';
import { AnnotationNotes } from '../../src/charts/marks/AnnotationNotes';
import { Callouts } from '../../src/charts/marks/Callouts';
import { PeriodShades } from '../../src/charts/marks/PeriodShades';
import { TimeAxis } from '../../src/charts/marks/TimeAxis';
import { dataset } from '../../src/index';
import { outside, overlapping } from './boxes';

const TURNING_POINTS = [
  'event-1944-07-22-diplomatic-relations',
  'event-1958-02-22-united-arab-republic',
  'event-1973-10-06-october-war',
  'event-1980-10-08-treaty-friendship',
  'event-2015-09-30-russian-military-intervention',
  'event-2024-12-08-fall-of-assad-government',
];
const COLD_WAR: Annotation = {
  kind: 'period',
  start: '1947',
  end: '1991-12-26',
  text: { en: 'Cold War', ar: 'الحرب الباردة', ru: 'Холодная война' },
};

/**
 * The marks alone: events from the dataset as annotations (one line), and a
 * shaded period, on a time scale. Labels go in levels above the plot; what
 * does not fit is numbered, its text listed under the axis.
 */
function Annotated({ width = 720, locale = 'en' }: { width?: number; locale?: Locale }) {
  const rtl = directionOf(locale) === 'rtl';
  const plot = { left: 20, right: width - 20 };
  const time = timeScale([Date.UTC(1940, 0, 1), Date.UTC(2027, 0, 1)], plot.left, plot.right, rtl);
  const annotations = [...annotationsFromEvents(dataset.events, TURNING_POINTS), COLD_WAR];
  const plan = planAnnotations(annotations, { time: (t) => time(t), plot, width, locale, fontSize: FONT_SIZE });
  const top = plan.band + 6;
  const bottom = top + 80;
  const height = bottom + 30;
  const drawn = drawCallouts(plan, () => null, { width, height }, locale, FONT_SIZE, plot);
  const marks = { callouts: drawn, periods: plan.periods, top: plan.foot, bottom, fontSize: FONT_SIZE };
  return (
    <svg width={width} height={height + plan.notesHeight} role="img" aria-label="Annotations">
      <PeriodShades periods={plan.periods} top={top} bottom={bottom} />
      <Callouts {...marks} />
      <TimeAxis scale={time} top={bottom} locale={locale} width={plot.right - plot.left} />
      <AnnotationNotes notes={plan.notes} top={height} width={width} fontSize={FONT_SIZE} rtl={rtl} />
    </svg>
  );
}

const meta = {
  title: 'Marks/Callouts',
  component: Annotated,
  args: { width: 720 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Annotated>;
export default meta;
type Story = StoryObj<typeof meta>;

const check = async (canvas: HTMLElement) => {
  const svg = canvas.querySelector('svg') as SVGSVGElement;
  const rules = canvas.querySelectorAll('.dm-callout-rules line');
  const labels = [...canvas.querySelectorAll('.dm-callouts text, .dm-annotation-notes text')].filter(
    (t) => t.textContent && !t.closest('.dm-note-number'),
  );
  // A rule for every event; its headline above the plot or, numbered, under it.
  await expect(rules.length).toBe(TURNING_POINTS.length);
  await expect(labels.length).toBe(TURNING_POINTS.length + 1);
  await expect(overlapping(labels)).toEqual([]);
  await expect(outside(svg, labels)).toEqual([]);
  return labels;
};

/** Six turning points and the Cold War over eighty years, in English. */
export const English: Story = {
  play: async ({ canvasElement }) => {
    const labels = await check(canvasElement);
    await expect(labels.map((l) => l.textContent).join(' ')).toMatch(/treaty|Treaty/);
  },
};

/** On a phone in Arabic: labels that do not fit become numbers, their text under the axis, in Arabic. */
export const ArabicOnAPhone: Story = {
  args: { width: 360, locale: 'ar' },
  play: async ({ canvasElement }) => {
    const labels = await check(canvasElement);
    await expect(canvasElement.querySelectorAll('.dm-annotation-notes .dm-note-number').length).toBeGreaterThan(0);
    await expect(labels[0].textContent).toMatch(/[\u0600-\u06FF]/);
  },
};
