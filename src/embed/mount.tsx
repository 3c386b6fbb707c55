/**
 * What every embed page does: read the options in its address, draw the
 * chart at the frame's full width, and tell the host page its height.
 */
import type { ReactElement } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { directionOf } from '../charts/kit/locale.js';
import type { Domain } from '../charts/kit/timeScale.js';
import type { OnInvalid } from '../charts/kit/useGuarded.js';
import type { StoryStep } from '../charts/story/StoryChart.js';
import type { Dataset } from '../data/types.js';
import { postHeight } from './height.js';
import { readOwnData } from './ownData.js';
import { type EmbedChart, type EmbedOptions, readEmbedParams } from './params.js';
import { Steps } from './Steps.js';

/** The props an embed page gives its chart. */
export type EmbedProps = Omit<EmbedOptions, 'id' | 'from' | 'to' | 'steps' | 'step'> & {
  domain?: Domain;
  onInvalid?: OnInvalid;
};

/** Draws the page's chart; `own` is a desk's records when the page carries them (`embed --data`). Returns how to take it down. */
export function mount(
  chart: EmbedChart,
  draw: (props: EmbedProps, own?: Partial<Dataset>) => ReactElement,
): () => void {
  const { options, problems } = readEmbedParams(location.search, chart);
  for (const problem of problems) console.warn(`damascus-moscow embed: ${problem}`);
  const { id, from, to, steps, step, ...frame } = options;
  const html = document.documentElement;
  const locale = frame.locale ?? 'en';
  html.lang = locale;
  html.dir = directionOf(locale);
  // The page takes the chart's background, so the frame shows no stripe of another colour.
  html.dataset.theme = frame.theme ?? 'light';
  const root = document.getElementById('chart') as HTMLElement;
  const props: EmbedProps = {
    ...frame,
    domain: from || to ? [from ?? null, to ?? null] : undefined,
    // A page's annotations left out are named in the console, as the address's other problems are.
    onInvalid: (left) => {
      for (const d of left) console.warn(`damascus-moscow embed: ${d.id}: ${d.field} ${d.message}; left out.`);
    },
  };
  const own = readOwnData();
  // With steps, the chart moves through them as the host page asks (see Steps).
  const element = steps ? (
    <Steps draw={draw} own={own} props={props} steps={steps as StoryStep<EmbedProps>[]} first={step ?? 0} />
  ) : (
    draw(props, own)
  );
  // The page holds the chart with no options, drawn at build time: take it over when that is what is asked.
  const asked = from || to || steps || Object.keys(frame).length > 0;
  let react: Root;
  if (!asked && root.firstElementChild) react = hydrateRoot(root, element);
  else {
    react = createRoot(root);
    react.render(element);
  }
  const stop = postHeight(root, id);
  // Takes the chart down (a page that swaps charts, a test drawing many).
  return () => {
    stop();
    react.unmount();
  };
}
