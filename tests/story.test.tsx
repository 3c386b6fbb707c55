import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArmsDealBars } from '../src/charts/arms/ArmsDealBars';
import { StoryChart } from '../src/charts/story/StoryChart';
import { dataset } from '../src/data/index';

describe('StoryChart on the server', () => {
  const steps = [
    { label: 'All years', bin: 10 },
    { label: 'The 1970s', domain: ['1970', '1979'] as [string, string] },
  ];
  it('renders the step asked for, complete: the chart with that step’s props, and its label for screen readers', () => {
    // Ids from useId differ by the chart's place in the tree: compare without them.
    const plain = (html: string) => html.replace(/_R_\w+_/g, '_R_');
    const html = plain(
      renderToStaticMarkup(<StoryChart chart={ArmsDealBars} data={dataset} width={600} steps={steps} step={1} />),
    );
    const alone = plain(renderToStaticMarkup(<ArmsDealBars data={dataset} width={600} domain={['1970', '1979']} />));
    expect(html).toContain(alone);
    expect(html).toMatch(/data-step="1"/);
    expect(html).toMatch(/class="dm-story-live"[^>]*>The 1970s</);
    expect(html).toContain('prefers-reduced-motion');
  });
  it('takes the first step for a step it does not have, and never throws', () => {
    for (const step of [-1, 7, Number.NaN, 1.5]) {
      const html = renderToStaticMarkup(
        <StoryChart chart={ArmsDealBars} data={dataset} width={600} steps={steps} step={step} />,
      );
      expect(html).toMatch(/data-step="(0|1)"/);
    }
    expect(
      renderToStaticMarkup(<StoryChart chart={ArmsDealBars} data={dataset} width={600} steps={[]} step={0} />),
    ).toContain('<svg');
  });
});
