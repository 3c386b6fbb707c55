import type { Annotation } from '../charts/kit/annotations.js';
import { LOCALES } from '../charts/kit/locale.js';
import type { PublishOptions } from '../charts/kit/publishOptions.js';
import { THEME_NAMES } from '../charts/kit/theme.js';
import { isPartialDate } from '../data/dates.js';

/** The charts an embed page can show, by the name in its file (`gantt.html`). */
export type EmbedChart = 'gantt' | 'arms' | 'heatmap';

/** What a page's address may set: `?theme=dark&locale=ar&from=1955&to=1991&title=…&id=…&annotations=[…]`. */
export interface EmbedOptions extends PublishOptions {
  /** Names the chart in its height messages; the chart's name by default. */
  id: string;
  /**
   * `annotations=` a JSON list, as the charts' prop takes it (URL-encoded):
   * `[{"date":"1980-10-08","text":"Treaty"}]`. The chart checks each one and warns of those it leaves out.
   */
  annotations?: readonly Annotation[];
  /**
   * `markers=` event ids, comma-separated (`event-1980-10-08-treaty-friendship,…`): each event marked at
   * its date with its own headline. The page loads the events only when an address asks for markers.
   */
  markers?: readonly string[];
  /**
   * `steps=` a JSON list of states, each setting any of `domain`, `highlight`, `annotations`, `markers`,
   * `statuses`, `bin` and a `label` for screen readers; `step=` the one shown first (default 0). The host
   * page moves the chart on with `frame.contentWindow.postMessage({ 'damascus-moscow-step': 2 }, '*')`.
   */
  steps?: readonly Record<string, unknown>[];
  step?: number;
}

/** What a step of an embed page may set: the props a story moves through. */
export const STEP_KEYS = ['domain', 'highlight', 'annotations', 'markers', 'statuses', 'bin', 'label'];

/** JSON from the address, or undefined where it is not JSON. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads an embed page's query string. A value the page cannot use is left
 * out and named in `problems`, so a typo in a CMS field still shows the
 * chart (with its default) instead of a blank frame.
 */
export function readEmbedParams(search: string, chart: EmbedChart): { options: EmbedOptions; problems: string[] } {
  const query = new URLSearchParams(search);
  const problems: string[] = [];
  const options: EmbedOptions = { id: query.get('id') || chart };
  const pick = <K extends 'theme' | 'locale'>(key: K, allowed: readonly string[]) => {
    const value = query.get(key);
    if (value === null) return;
    if (allowed.includes(value)) options[key] = value as EmbedOptions[K];
    else problems.push(`${key}="${value}" is not one of ${allowed.join(', ')}; using the default.`);
  };
  pick('theme', THEME_NAMES);
  pick('locale', LOCALES);
  for (const key of ['from', 'to'] as const) {
    const value = query.get(key);
    if (value === null || value === '') continue;
    if (isPartialDate(value)) options[key] = value;
    else problems.push(`${key}="${value}" is not a date (1955, 1955-10 or 1955-10-22); ignored.`);
  }
  if (options.from && options.to && options.to < options.from) {
    problems.push(`to=${options.to} is before from=${options.from}; showing all years.`);
    options.from = undefined;
    options.to = undefined;
  }
  for (const key of ['title', 'subtitle', 'byline', 'notes'] as const) {
    const value = query.get(key);
    if (value) options[key] = value;
  }
  const notes = query.get('annotations');
  if (notes) {
    const list = parsed(notes);
    if (Array.isArray(list)) options.annotations = list;
    else problems.push('annotations= is not a JSON list ([{"date":"1980","text":"…"}]); ignored.');
  }
  const markers = query.get('markers');
  if (markers !== null) {
    const ids = markers
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (ids.length) options.markers = ids;
    else problems.push('markers= names no event (event ids, comma-separated); ignored.');
  }
  const steps = query.get('steps');
  if (steps) {
    const list = parsed(steps);
    if (Array.isArray(list) && list.length && list.every((s) => s && typeof s === 'object' && !Array.isArray(s))) {
      // Only what a step may set; the rest of each step is named and dropped.
      options.steps = list.map((s: Record<string, unknown>, i) => {
        const kept: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(s)) {
          if (STEP_KEYS.includes(key)) kept[key] = value;
          else problems.push(`steps[${i}].${key} is not something a step sets (${STEP_KEYS.join(', ')}); ignored.`);
        }
        return kept;
      });
    } else problems.push('steps= is not a JSON list of objects ([{"domain":["1970","1979"]}, …]); ignored.');
  }
  const step = query.get('step');
  if (step !== null && step !== '') {
    const n = Number(step);
    if (options.steps && Number.isInteger(n) && n >= 0 && n < options.steps.length) options.step = n;
    else problems.push(`step="${step}" is not one of the steps given; showing the first.`);
  }
  return { options, problems };
}
