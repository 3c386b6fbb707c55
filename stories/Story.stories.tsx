import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ArmsDealBars, type ArmsDealBarsProps } from '../src/charts/arms/ArmsDealBars';
import { StoryChart, type StoryStep } from '../src/charts/story/StoryChart';
import { useScrollStep } from '../src/charts/story/useScrollStep';
import { dataset } from '../src/data/index';

/** Five steps through the bundled arms deals, each step's text in the page beside the chart. */
const STEPS: (StoryStep<ArmsDealBarsProps> & { text: string })[] = [
  {
    text: 'Moscow began arming Damascus in the mid-1950s; every deal the sources record is counted here, by decade.',
    label: 'All deals by decade, 1955 to today',
    bin: 10,
  },
  {
    text: 'The 1970s were the peak: the October War of 1973 and the airlift that resupplied Syria during it.',
    label: 'The 1970s, year by year, with the October War marked',
    domain: ['1970', '1979'],
    markers: ['event-1973-10-06-october-war'],
  },
  {
    text: 'In 1980 the two signed a Treaty of Friendship and Cooperation; deliveries went on through the decade.',
    label: 'The 1980s, with the treaty of 1980 marked',
    domain: ['1980', '1991'],
    markers: ['event-1980-10-08-treaty-friendship'],
  },
  {
    text: 'After the Soviet Union fell, deals thinned out and several requests were refused or left unpaid.',
    label: 'The 1990s and 2000s',
    domain: ['1992', '2010'],
  },
  {
    text: 'From 2011, in the civil war, Russia supplied Syria again, and from 2015 fought beside it.',
    label: 'Since 2011, the civil war shaded',
    domain: ['2011', null],
    annotations: [{ kind: 'period', start: '2011-03', end: '2024-12', text: 'Civil war' }],
  },
];

/** A short scrollytelling article: the chart stays in view while the steps' text scrolls past it. */
function Article() {
  const [step, stepRef] = useScrollStep();
  return (
    <article style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 24 }}>
      <div style={{ position: 'sticky', top: 0, alignSelf: 'start' }}>
        <StoryChart
          chart={ArmsDealBars}
          data={dataset}
          width={560}
          title="Fifty years of arms from Moscow"
          steps={STEPS}
          step={step}
        />
      </div>
      <div>
        {STEPS.map((s, i) => (
          <p
            key={s.label}
            ref={stepRef(i)}
            data-text-step={i}
            style={{ minHeight: '80vh', margin: 0, paddingTop: '40vh' }}
          >
            {s.text}
          </p>
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

/** Scrolled step by step: the chart follows, and says where it is. */
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
