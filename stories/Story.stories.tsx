import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ArmsDealBars, type ArmsDealBarsProps } from '../src/charts/arms/ArmsDealBars';
import { dealsInYears } from '../src/charts/arms/period';
import { formatPartialDate } from '../src/charts/kit/locale';
import type { Domain } from '../src/charts/kit/timeScale';
import { StoryChart, type StoryStep } from '../src/charts/story/StoryChart';
import { useScrollStep } from '../src/charts/story/useScrollStep';
import { dataset } from '../src/data/index';
import type { ArmsDealStatus } from '../src/data/types';

/**
 * Five steps through the bundled arms deals. Every sentence is read from the
 * dataset when the page opens: the counts are of the deals the chart shows
 * (the chart's own `dealsInYears`), the events are records, named by their
 * own titles and dated as they are, and the chart marks them.
 */
const EVENTS = new Map(dataset.events.map((e) => [e.id, e]));
const STATUSES: ArmsDealStatus[] = ['delivered', 'agreed', 'refused', 'requested'];

/**
 * "1970–1979: 10 deals recorded, 5 delivered, 2 agreed, 3 refused." Totals over several years are not
 * drawn as bars (the chart lists them under itself), so they are counted apart.
 */
function dealsSentence(domain: Domain | undefined): string {
  const { shown, years } = dealsInYears(dataset.armsDeals, undefined, domain);
  const drawn = shown.filter((d) => d.end === undefined);
  const dated = drawn.map((d) => Number(d.date.slice(0, 4)));
  const counts = STATUSES.map((s) => [s, drawn.filter((d) => d.status === s).length] as const).filter(([, n]) => n);
  const totals = shown.length - drawn.length;
  return (
    `${years[0] ?? Math.min(...dated)}–${years[1] ?? Math.max(...dated)}: ${drawn.length} deals recorded, ` +
    `${counts.map(([s, n]) => `${n} ${s}`).join(', ')}` +
    (totals ? `. ${totals} more are totals over several years, listed under the chart.` : '.')
  );
}

/** "October 1973: Soviet air- and sealift to Syria and Egypt in the October War." */
function eventSentence(id: string): string {
  const event = EVENTS.get(id);
  if (!event) throw new Error(`The story cites an event the dataset does not have: ${id}`);
  return `${formatPartialDate(event.start)}: ${event.title.en}.`;
}

type Step = StoryStep<ArmsDealBarsProps> & { text: string[] };
const step = (label: string, domain: Domain | undefined, events: string[], rest: Partial<Step> = {}): Step => ({
  label,
  domain,
  markers: events,
  text: [dealsSentence(domain), ...events.map(eventSentence)],
  ...rest,
});

const INTERVENTION = 'event-2015-09-30-russian-military-intervention';
const FALL = 'event-2024-12-08-fall-of-assad-government';
const STEPS: Step[] = [
  step('All deals by decade', undefined, [], { bin: 10 }),
  step(
    'The 1970s, year by year, with the October War marked',
    ['1970', '1979'],
    ['event-1973-10-06-october-war', 'event-1973-10-soviet-airlift-sealift'],
  ),
  step(
    '1980 to 1991, with the treaty of 1980 and the arms debt marked',
    ['1980', '1991'],
    ['event-1980-10-08-treaty-friendship', 'event-1989-syria-arms-debt-15-billion'],
  ),
  step('1992 to 2010', ['1992', '2010'], []),
  step("Since 2011, Russia's intervention to the fall of Assad shaded", ['2011', null], [], {
    annotations: [
      {
        kind: 'period',
        start: EVENTS.get(INTERVENTION)?.start ?? '2015',
        end: EVENTS.get(FALL)?.start ?? '2024',
        text: 'Russian intervention',
      },
    ],
    text: [dealsSentence(['2011', null]), eventSentence(INTERVENTION), eventSentence(FALL)],
  }),
];

// Two columns where there is room. On a phone the chart stays at the top and the steps' text passes over it on
// cards, as in a newspaper's scrolling story, so the text is never hidden behind the chart.
const LAYOUT = `
.dm-article{display:grid;grid-template-columns:minmax(0,1fr);column-gap:24px}
.dm-article-chart{position:sticky;top:0;align-self:start;background:Canvas}
.dm-article-steps{position:relative;z-index:1}
.dm-article-step{min-height:80vh;padding-top:40vh}
.dm-article-step p{margin:0 0 .5em;max-width:36em}
@media (max-width:719px){.dm-article-step div{background:Canvas;border:1px solid GrayText;border-radius:4px;padding:.75em 1em}}
@media (min-width:720px){.dm-article{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}}`;

/** A short scrollytelling article: the chart stays in view while the steps' text scrolls past it. */
function Article() {
  const [at, stepRef] = useScrollStep();
  return (
    <article className="dm-article">
      <style>{LAYOUT}</style>
      <div className="dm-article-chart">
        <StoryChart
          chart={ArmsDealBars}
          data={dataset}
          title="Fifty years of arms from Moscow"
          steps={STEPS}
          step={at}
        />
      </div>
      <div className="dm-article-steps">
        {STEPS.map((s, i) => (
          <section key={s.label} ref={stepRef(i)} data-text-step={i} className="dm-article-step">
            <div>
              {s.text.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          </section>
        ))}
      </div>
    </article>
  );
}

const meta = {
  title: 'Stories/Fifty years of arms from Moscow',
  component: Article,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Article>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The article as a reader meets it (the docs page shows this one). */
export const Read: Story = {};

/** Scrolled step by step: the chart follows, says where it is, and counts what the article says. */
export const Scrolled: Story = {
  play: async ({ canvasElement }) => {
    const story = canvasElement.querySelector('.dm-story') as HTMLElement;
    await expect(story.dataset.step).toBe('0');
    // Marks move between steps (unless the reader asked for less motion).
    const bar = story.querySelector('.dm-bars rect') as SVGRectElement;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    await expect(getComputedStyle(bar).transitionDuration.split(', ')[0]).toBe(reduced ? '0s' : '0.6s');
    for (let i = 0; i < STEPS.length; i++) {
      const text = canvasElement.querySelector(`[data-text-step="${i}"]`) as HTMLElement;
      text.scrollIntoView({ block: 'center' });
      await waitFor(() => expect(story.dataset.step).toBe(String(i)));
      await expect(story.querySelector('.dm-story-live')?.textContent).toBe(STEPS[i].label);
      // The article's count is the chart's: "10 deals recorded" beside "10 arms deals, 1970–1979" (or its decades).
      const [, years, count] = /^(\S+): (\d+) deals recorded/.exec(STEPS[i].text[0]) ?? [];
      const desc = story.querySelector('desc')?.textContent;
      await expect(desc).toMatch(new RegExp(`^${count} arms deals, ${STEPS[i].domain ? years : ''}`));
    }
    // The last step: the period shaded, and the years from 2011.
    await expect(story.querySelector('.dm-periods rect')).not.toBeNull();
    await expect(story.querySelector('desc')?.textContent).toMatch(/2011/);
  },
};

/** Counts the chart's renders inside a StoryChart. */
const renders = { current: 0 };
function CountedArms(props: ArmsDealBarsProps) {
  renders.current++;
  return <ArmsDealBars {...props} />;
}

/** In a story, the keyboard and the pointer still re-render only the tooltip; a step re-renders the chart once. */
export const HoverInAStep: Story = {
  render: () => <StoryChart chart={CountedArms} data={dataset} width={560} steps={STEPS} step={1} />,
  play: async ({ canvasElement }) => {
    const before = renders.current;
    await userEvent.tab();
    await waitFor(() => expect(document.querySelector('.dm-tooltip')).not.toBeNull());
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Escape}');
    const bar = canvasElement.querySelector('.dm-bars rect') as SVGRectElement;
    const box = bar.getBoundingClientRect();
    await userEvent.pointer({
      target: canvasElement.querySelector('.dm-marks') as Element,
      coords: { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 },
    });
    await waitFor(() => expect(document.querySelector('.dm-tooltip')).not.toBeNull());
    await expect(renders.current).toBe(before);
  },
};
