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
import type { Dataset, Event } from '../data/types.js';
import { EVENTS_FILE } from './chartData.js';
import { postHeight } from './height.js';
import { readOwnData } from './ownData.js';
import { type EmbedChart, type EmbedOptions, readEmbedParams } from './params.js';
import { Steps } from './Steps.js';

/** The props an embed page gives its chart. */
export type EmbedProps = Omit<EmbedOptions, 'id' | 'from' | 'to' | 'steps' | 'step'> & {
  domain?: Domain;
  onInvalid?: OnInvalid;
};

const withoutMarkers = <T extends object>(options: T): T => {
  const { markers: _, ...rest } = options as T & { markers?: unknown };
  return rest as T;
};

/** How a page draws its chart: `own` a desk's records when the page carries them, `events` those markers may name. */
export type Draw = (props: EmbedProps, own?: Partial<Dataset>, events?: readonly Event[]) => ReactElement;

/** Draws the page's chart (`embed --data` pages carry a desk's own records). Returns how to take it down. */
export function mount(chart: EmbedChart, draw: Draw): () => void {
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
  // The page holds the chart with no options, drawn at build time: take it over when that is what is asked.
  const asked = from || to || steps || Object.keys(frame).length > 0;
  // Markers name events, which a page fetches only when asked: until they come, the chart shows without them.
  const markers = frame.markers !== undefined || steps?.some((s) => 'markers' in s);
  const waiting = markers && !own?.events;
  const element = (events?: readonly Event[]) => {
    const ready = !waiting || events !== undefined;
    const chartProps = ready ? props : withoutMarkers(props);
    // With steps, the chart moves through them as the host page asks (see Steps).
    return steps ? (
      <Steps
        draw={draw}
        own={own}
        events={events}
        props={chartProps}
        steps={(ready ? steps : steps.map(withoutMarkers)) as StoryStep<EmbedProps>[]}
        first={step ?? 0}
      />
    ) : (
      draw(chartProps, own, events)
    );
  };
  let react: Root;
  if (!asked && root.firstElementChild) react = hydrateRoot(root, element());
  else {
    react = createRoot(root);
    react.render(element());
  }
  let stopped = false;
  if (waiting)
    fetch(EVENTS_FILE)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then(
        (events) => !stopped && react.render(element(Array.isArray(events) ? events : [])),
        (error) => {
          if (stopped) return;
          console.warn(`damascus-moscow embed: ${EVENTS_FILE}, the events markers name, did not load (${error}).`);
          react.render(element([]));
        },
      );
  const stop = postHeight(root, id);
  // Takes the chart down (a page that swaps charts, a test drawing many).
  return () => {
    stopped = true;
    stop();
    react.unmount();
  };
}
