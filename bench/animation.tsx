/**
 * The page `npm run bench:animation` loads: the arms chart as a story,
 * moved from step to step by the runner (bench/animation.mjs), which times
 * the frames in between.
 */
import { createRoot } from 'react-dom/client';
import { ArmsDealBars, type ArmsDealBarsProps } from '../src/charts/arms/ArmsDealBars.js';
import { StoryChart, type StoryStep } from '../src/charts/story/StoryChart.js';
import { dataset } from '../src/data/index.js';

const STEPS: StoryStep<ArmsDealBarsProps>[] = [
  { bin: 1 },
  { domain: ['1970', '1979'], markers: ['event-1973-10-06-october-war'] },
  { domain: ['1980', '1991'], markers: ['event-1980-10-08-treaty-friendship'] },
  { domain: ['1992', '2010'] },
  { domain: ['2011', null], annotations: [{ kind: 'period', start: '2011-03', end: '2024-12', text: 'Civil war' }] },
];
const root = createRoot(document.getElementById('chart') as HTMLElement);
const draw = (step: number) =>
  root.render(<StoryChart chart={ArmsDealBars} data={dataset} width={720} steps={STEPS} step={step} />);
draw(0);
(window as unknown as { step: (n: number) => void; steps: number }).step = draw;
(window as unknown as { steps: number }).steps = STEPS.length;
