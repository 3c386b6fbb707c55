import type { Office, Person, Tenure, Visit } from '../../data/types.js';
import type { ChartData, TimeChartProps } from '../kit/chartProps.js';
import { type PropKind, TIME_CHART_PROPS } from '../kit/cleanProps.js';
import type { Domain } from '../kit/timeScale.js';
import type { HeatmapCell, HeatmapLayout } from './layout.js';

/** The records a `VisitHeatmap` draws: pass the bundled `dataset`, or your own of the same shape. */
export interface VisitHeatmapData extends ChartData {
  visits: readonly Visit[];
  /** Names of visitors (and of rulers, for the tenure bands); without them the person id is printed. */
  people?: readonly Person[];
  /** Tenures, for the bands of who ruled (`tenures` prop). */
  tenures?: readonly Tenure[];
}

/** Props of `VisitHeatmap`. */
export interface VisitHeatmapProps extends TimeChartProps<HeatmapLayout> {
  /** Visits, with the people, events, tenures and sources they refer to. */
  data: VisitHeatmapData;
  /** Years per column: 1, 5 or 10 (decades). Default: the finest that stays legible at the width. */
  bin?: number;
  /**
   * The first count of each colour step, rising, at most five, e.g. `[1, 2, 4, 8, 16]`: charts of one
   * series keep the same colours for the same counts. Default: steps from the busiest cell shown.
   */
  breaks?: readonly number[];
  /** Rows: one per direction and level of visitor (default), or one per direction. */
  rows?: 'direction-level' | 'direction';
  /**
   * `'across'`: time across; `'down'`: time down the side; `'auto'` (default) turns the grid on narrow screens.
   * The old names `'columns'` (= across) and `'rows'` (= down) are still accepted.
   */
  orientation?: 'auto' | 'across' | 'down' | 'columns' | 'rows';
  /**
   * The period the data claims to cover (default: first to last visit, and never after `today`).
   * Periods outside it are hatched as "no data", unlike periods with no visits.
   */
  coverage?: Domain;
  /** Show a band per side naming who ruled (needs `data.tenures` and `data.people`). */
  tenures?: boolean;
  /** The office whose holders the bands show, per country (default: head of state; for the USSR, the party leader). */
  tenureOffices?: Readonly<Record<string, Office>>;
  /** Countries counted as one side, e.g. the UAR with Syria: `{ UAR: 'SY', SU: 'SU+RU', RU: 'SU+RU' }` (the default). */
  polityGroups?: Readonly<Record<string, string>>;
  /** Names for country codes the package does not know, e.g. `{ RT: 'Ruritania' }`; also overrides the built-in ones. */
  polityNames?: Readonly<Record<string, string>>;
  /** Called with a cell (its visits, period and row) when the reader clicks it or presses Enter on it. */
  onSelect?: (cell: HeatmapCell) => void;
  /** Periods after today are "no data" (default: today). */
  today?: Date;
}

/** The office whose holders the tenure bands show, per country, by default. */
export const DEFAULT_TENURE_OFFICES: Readonly<Record<string, Office>> = {
  SY: 'head-of-state',
  UAR: 'head-of-state',
  SU: 'party-leader',
  RU: 'head-of-state',
};

/** What each prop must be; a value of another kind is dropped and the default applies. */
export const HEATMAP_PROPS: Partial<Record<keyof VisitHeatmapProps, PropKind>> = {
  ...TIME_CHART_PROPS,
  coverage: 'period',
  bin: 'number',
  breaks: 'numbers',
  tenureOffices: 'textMap',
  polityGroups: 'textMap',
  polityNames: 'textMap',
  onSelect: 'function',
  onInvalid: 'function',
  children: 'function',
};

/** The props that are the heatmap's own, not the frame's: everything ChartFrame is not given. */
export const HEATMAP_OWN_PROPS = [
  'data',
  'width',
  'height',
  'bin',
  'breaks',
  'domain',
  'rows',
  'orientation',
  'coverage',
  'markers',
  'annotations',
  'tenures',
  'tenureOffices',
  'polityGroups',
  'polityNames',
  'onSelect',
  'today',
  'description',
  'children',
  'title',
  'locale',
  'onInvalid',
] as const satisfies readonly (keyof VisitHeatmapProps)[];
