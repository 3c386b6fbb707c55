import type { Office, Person, Polity, Tenure } from '../../data/types.js';
import type { ChartData, TimeChartProps } from '../kit/chartProps.js';
import { type PropKind, TIME_CHART_PROPS } from '../kit/cleanProps.js';
import type { GanttLayout } from './layout.js';

/** The records a `TenureGantt` draws: pass the bundled `dataset`, or your own of the same shape. */
export interface TenureGanttData extends ChartData {
  tenures: readonly Tenure[];
  /** Names of the tenure holders; without them the person id is printed. */
  people?: readonly Person[];
}

/** Props of `TenureGantt`. */
export interface TenureGanttProps extends TimeChartProps<GanttLayout> {
  /** Tenures, with the people, events and sources they refer to. */
  data: TenureGanttData;
  /** Person id (or ids) to pick out; the other bars fade. */
  highlight?: string | readonly string[];
  /** Called with a tenure when the reader clicks it or presses Enter on it. */
  onSelect?: (tenure: Tenure) => void;
  /** Only these countries (default: all in the data). */
  polities?: readonly Polity[];
  /** Only these offices (default: all in the data). */
  offices?: readonly Office[];
  /** Countries drawn in one set of lanes, e.g. the UAR with Syria: `{ UAR: 'SY', SU: 'SU+RU', RU: 'SU+RU' }` (the default). */
  polityGroups?: Readonly<Record<string, string>>;
  /** Names for country codes the package does not know, e.g. `{ RT: 'Ruritania' }`; also overrides the built-in ones. */
  polityNames?: Readonly<Record<string, string>>;
  /** Where ongoing tenures end (default: today). */
  today?: Date;
}

/** What each prop must be; a value of another kind is dropped and the default applies. */
export const GANTT_PROPS: Partial<Record<keyof TenureGanttProps, PropKind>> = {
  ...TIME_CHART_PROPS,
  highlight: 'textOrTexts',
  polities: 'texts',
  offices: 'texts',
  polityGroups: 'textMap',
  polityNames: 'textMap',
  onSelect: 'function',
  onInvalid: 'function',
  children: 'function',
};

/** The props that are the Gantt's own, not the frame's (title, notes, theme…): everything ChartFrame is not given. */
export const GANTT_OWN_PROPS = [
  'data',
  'width',
  'height',
  'domain',
  'markers',
  'annotations',
  'highlight',
  'onSelect',
  'polities',
  'offices',
  'polityGroups',
  'polityNames',
  'today',
  'description',
  'children',
  'title',
  'locale',
  'onInvalid',
] as const satisfies readonly (keyof TenureGanttProps)[];
