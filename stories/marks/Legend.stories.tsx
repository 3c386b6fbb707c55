import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { STATUSES } from '../../src/charts/arms/layout';
import { armsWords } from '../../src/charts/arms/words';
import { Legend } from '../../src/charts/kit/Legend';
import { legendLayout } from '../../src/charts/kit/legendLayout';
import { directionOf, type Locale } from '../../src/charts/kit/locale';
import { FONT_SIZE } from '../../src/charts/kit/sizes';
import { statusVar, themeVar } from '../../src/charts/kit/theme';
import { outside, overlapping } from './boxes';

/** The arms chart's words for its statuses: the package's own translations. */
const itemsOf = (locale: Locale) => {
  const arms = armsWords[locale];
  return [...STATUSES.map((s) => arms.statuses[s]), arms.sourcesDisagree];
};

/** The mark alone: a key drawn in SVG (so a static export keeps it), wrapped to the width, mirrored in Arabic. */
function Key({ width = 640, locale = 'en' }: { width?: number; locale?: Locale }) {
  const items = itemsOf(locale);
  const title = armsWords[locale].columns.status;
  const layout = legendLayout(
    items.map((label, i) =>
      i < 4 ? { label, fill: statusVar(i) } : { label, fill: 'none', stroke: themeVar('text') },
    ),
    width,
    { title, fontSize: FONT_SIZE, rtl: directionOf(locale) === 'rtl' },
  );
  return (
    <svg width={width} height={layout.height} role="img" aria-label="Legend">
      <Legend layout={layout} top={0} />
    </svg>
  );
}

const meta = {
  title: 'Marks/Legend',
  component: Key,
  args: { width: 640 },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Key>;
export default meta;
type Story = StoryObj<typeof meta>;

const check = async (canvas: HTMLElement) => {
  const svg = canvas.querySelector('svg') as SVGSVGElement;
  const texts = [...svg.querySelectorAll('text')];
  await expect(texts.length).toBe(6);
  await expect(overlapping([...svg.querySelectorAll('text, rect')])).toEqual([]);
  await expect(outside(svg, texts)).toEqual([]);
  return texts;
};

/** One line on a wide chart. */
export const OneLine: Story = {
  play: async ({ canvasElement }) => {
    const texts = await check(canvasElement);
    const tops = new Set(texts.map((t) => Math.round(t.getBoundingClientRect().top)));
    await expect(tops.size).toBe(1);
  },
};

/** On a phone in Russian, the longest words: the key wraps onto more lines, nothing overlaps or is cut. */
export const WrapsOnAPhone: Story = {
  args: { width: 300, locale: 'ru' },
  play: async ({ canvasElement }) => {
    const texts = await check(canvasElement);
    const tops = new Set(texts.map((t) => Math.round(t.getBoundingClientRect().top)));
    await expect(tops.size).toBeGreaterThan(1);
  },
};

/** In Arabic the key reads from the right: the title is the rightmost item of the first line. */
export const Arabic: Story = {
  args: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const texts = await check(canvasElement);
    const right = (t: Element) => t.getBoundingClientRect().right;
    await expect(right(texts[0])).toBeGreaterThan(right(texts[1]));
  },
};
