import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ArmsDealBars } from '../src/charts/arms/ArmsDealBars';
import { TenureGantt } from '../src/charts/gantt/TenureGantt';
import { VisitHeatmap } from '../src/charts/heatmap/VisitHeatmap';
import type { Locale } from '../src/charts/kit/locale';
import { dataset } from '../src/data/index';
import { expectReaderView, expectTextContrast, figuresIn } from './readerChecks';

type Theme = 'light' | 'dark' | 'print';

const LOCALES: readonly Locale[] = ['en', 'ar', 'ru'];
const today = new Date('2026-11-26T00:00:00Z');
const coldWar = ['event-1967-06-05-six-day-war', 'event-1973-10-06-october-war', 'event-1980-10-08-treaty-friendship'];

/** Each chart as its own stories draw it, with its own headline in each language. */
const CHARTS: { name: string; draw: (locale: Locale, theme: Theme) => React.ReactElement }[] = [
  {
    name: 'TenureGantt, 1955–1991',
    draw: (locale, theme) => (
      <TenureGantt
        data={dataset}
        locale={locale}
        theme={theme}
        today={today}
        domain={['1955', '1991']}
        markers={coldWar}
      />
    ),
  },
  {
    name: 'ArmsDealBars, by decade',
    draw: (locale, theme) => <ArmsDealBars data={dataset} locale={locale} theme={theme} groupBy={10} />,
  },
  {
    name: 'VisitHeatmap, per decade',
    draw: (locale, theme) => <VisitHeatmap data={dataset} locale={locale} theme={theme} today={today} bin={10} />,
  },
];

/** Every chart in English, Arabic and Russian, side by side: three columns where the screen allows. */
function Gallery({ theme, phone = false }: { theme: Theme; phone?: boolean }) {
  // On phones each chart gets a 360 px column, as on a phone held upright.
  const columns = phone ? 'repeat(auto-fill, 360px)' : 'repeat(auto-fit, minmax(340px, 1fr))';
  return (
    <div style={{ display: 'grid', gap: 24 }}>
      {CHARTS.map((chart) => (
        <section key={chart.name} aria-label={chart.name}>
          <h2 style={{ font: '600 14px system-ui, sans-serif', margin: '0 0 8px', opacity: 0.7 }}>{chart.name}</h2>
          <div style={{ display: 'grid', gap: 24, gridTemplateColumns: columns }}>
            {LOCALES.map((locale) => (
              <div key={locale} style={{ minWidth: 0 }}>
                {chart.draw(locale, theme)}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

const meta = {
  title: 'Gallery',
  component: Gallery,
  args: { theme: 'light' },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'print'] } },
  // The charts' own stories run the accessibility checks; nine charts at once would only repeat them, slowly.
  parameters: { layout: 'padded', a11y: { test: 'off' } },
  tags: ['!autodocs'],
} satisfies Meta<typeof Gallery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nine charts, each checked as a reader sees it: no text on text, none cut, no rule through a word, every text readable. */
const checkAll: Story['play'] = async ({ canvasElement }) => {
  const figures = await figuresIn(canvasElement);
  await expect(figures).toHaveLength(CHARTS.length * LOCALES.length);
  for (const figure of figures) await expectReaderView(figure);
  // Every text readable against what it sits on: a halo, a bar, a cell or the page.
  for (const figure of figures) await expectTextContrast(figure);
};

/** Every chart, every locale, in the light theme. */
export const Light: Story = { play: checkAll };

/** Every chart, every locale, in the dark theme, on a dark page. */
export const Dark: Story = { args: { theme: 'dark' }, play: checkAll };

/** Every chart, every locale, in the print theme. */
export const Print: Story = { args: { theme: 'print' }, play: checkAll };

/** Every chart, every locale, on a 360 px phone. */
export const Phones: Story = { args: { phone: true }, play: checkAll };
