import { useEffect, useState } from 'react';
import { StoryChart, type StoryStep } from '../charts/story/StoryChart.js';
import type { Dataset, Event } from '../data/types.js';
import type { Draw, EmbedProps } from './mount.js';

/** The message a host page sends to move an embedded chart to a step: `{ 'damascus-moscow-step': 2 }`. */
export const STEP_MESSAGE = 'damascus-moscow-step';

/**
 * An embed page's chart moved through the steps of its address: the first
 * (or `step=`) shown, then whichever the host page posts. A message with no
 * step this page has is ignored.
 */
type Page = { draw: Draw; own?: Partial<Dataset>; events?: readonly Event[] };

/** The page's chart as a component of its props, so StoryChart can set each step's over them. */
function Drawn({ draw, own, events, ...props }: EmbedProps & Page) {
  return draw(props, own, events);
}

export function Steps({
  draw,
  own,
  events,
  props,
  steps,
  first,
}: Page & {
  props: EmbedProps;
  steps: readonly StoryStep<EmbedProps>[];
  first: number;
}) {
  const [step, setStep] = useState(first);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const asked = (event.data as Record<string, unknown> | null)?.[STEP_MESSAGE];
      if (Number.isInteger(asked) && (asked as number) >= 0 && (asked as number) < steps.length)
        setStep(asked as number);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [steps.length]);
  return (
    <StoryChart<EmbedProps & Page>
      chart={Drawn}
      steps={steps}
      step={step}
      draw={draw}
      own={own}
      events={events}
      {...props}
    />
  );
}
