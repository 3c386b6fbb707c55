import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect } from 'storybook/test';
import { peopleById } from '../../src/charts/gantt/names';
import { ganttScene } from '../../src/charts/gantt/scene';
import { ganttWords } from '../../src/charts/gantt/words';
import { countryNamer, DEFAULT_POLITY_GROUPS } from '../../src/charts/kit/polities';
import { startOfToday } from '../../src/charts/kit/sizes';
import { TenureBars } from '../../src/charts/marks/TenureBars';
import { dataset, type Locale, type Office } from '../../src/index';

const people = peopleById(dataset.people);
const today = startOfToday(new Date('2026-11-26T00:00:00Z'));

/** The mark alone: a Gantt layout of the bundled tenures, and the bars, rows and names it places. */
function Bars({
  width = 900,
  locale = 'en',
  highlight,
  domain,
}: {
  width?: number;
  locale?: Locale;
  highlight?: string[];
  domain?: [string, string];
}) {
  const id = useId().replace(/:/g, '');
  const layout = ganttScene({
    tenures: dataset.tenures,
    people,
    width,
    today,
    locale,
    domain,
    polityGroups: DEFAULT_POLITY_GROUPS,
    countryName: countryNamer(undefined, locale),
    officeName: (office) => ganttWords[locale].offices[office as Office] ?? office,
  });
  if (!layout) return null;
  return (
    <svg width={width} height={layout.plot.bottom + 8} role="img" aria-label="Tenure bars">
      <TenureBars
        bars={layout.bars}
        colour={layout.colour}
        id={id}
        dense={layout.dense}
        rtl={locale === 'ar'}
        highlight={highlight ? new Set(highlight) : null}
      />
    </svg>
  );
}

const meta = {
  title: 'Marks/TenureBars',
  component: Bars,
  args: { width: 900, locale: 'en' },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Bars>;

export default meta;
type Story = StoryObj<typeof meta>;

const rects = (root: HTMLElement) => [...root.querySelectorAll<SVGRectElement>('.dm-bars rect')];
const names = (root: HTMLElement) => [...root.querySelectorAll<SVGTextElement>('.dm-bar-labels text')];

/** Every tenure since 1918: a rect per bar in its country's colour, acting terms hatched, names where they fit. */
export const Century: Story = {
  play: async ({ canvasElement }) => {
    await expect(rects(canvasElement)).toHaveLength(dataset.tenures.length);
    // Acting terms: hatched in their colour, outlined.
    const hatched = rects(canvasElement).filter((r) => r.getAttribute('fill')?.startsWith('url(#'));
    await expect(hatched.length).toBe(dataset.tenures.filter((t) => t.acting).length);
    for (const rect of hatched) {
      const pattern = rect.getAttribute('fill')?.slice(5, -1) ?? '';
      await expect(canvasElement.querySelector(`pattern[id="${pattern}"]`)).not.toBeNull();
    }
    // Fuzzy dates: faded bars with the sure part drawn solid over them; ongoing tenures end in an arrow.
    await expect(rects(canvasElement).some((r) => r.getAttribute('fill-opacity') === '0.35')).toBe(true);
    await expect(canvasElement.querySelectorAll('.dm-bar-details path').length).toBeGreaterThan(0);
    const printed = names(canvasElement).map((t) => t.textContent);
    await expect(printed).toContain('Hafez al-Assad');
    await expect(printed).toContain('Leonid Brezhnev');
    // Each name inside the picture.
    const svg = canvasElement.querySelector('svg')?.getBoundingClientRect();
    for (const text of names(canvasElement)) {
      const box = text.getBoundingClientRect();
      await expect(box.left >= (svg?.left ?? 0) - 1 && box.right <= (svg?.right ?? 0) + 1).toBe(true);
    }
  },
};

/** Arabic: time runs right to left, so later bars sit further left and names anchor at their bars' right ends. */
export const Arabic: Story = {
  args: { locale: 'ar', domain: ['1955', '1991'] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.dm-bar-labels')).toHaveAttribute('text-anchor', 'end');
    const x = (name: string) =>
      names(canvasElement)
        .find((t) => t.textContent === name)
        ?.getBoundingClientRect().left ?? Number.NaN;
    await expect(x('حافظ الأسد')).toBeLessThan(x('نور الدين الأتاسي'));
  },
};

/** `highlight`: one person's bars stay, the others fade, their names muted. */
export const Highlight: Story = {
  args: { highlight: ['hafez-al-assad'] },
  play: async ({ canvasElement }) => {
    const faded = rects(canvasElement).filter((r) => r.getAttribute('opacity') === '0.25');
    const others = dataset.tenures.filter((t) => t.personId !== 'hafez-al-assad').length;
    await expect(faded.length).toBe(others);
    await expect(others).toBeLessThan(dataset.tenures.length);
    await expect(canvasElement.querySelector('.dm-dimmed')).not.toBeNull();
  },
};

/** A phone's width: the bars narrow to slivers, and the dense mode draws each lane as a few paths. */
export const Phone: Story = {
  args: { width: 320 },
  play: async ({ canvasElement }) => {
    const paths = canvasElement.querySelectorAll('.dm-bars path').length;
    const bars = rects(canvasElement).length;
    // Either way every tenure is drawn: a rect each, or one closed subpath each.
    const subpaths = [...canvasElement.querySelectorAll('.dm-bars path')].reduce(
      (n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0),
      0,
    );
    await expect(paths ? subpaths : bars).toBe(dataset.tenures.length);
  },
};
