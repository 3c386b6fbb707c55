import type { Visit } from '../../data/types.js';
import type { DataTableColumn } from '../kit/DataTable.js';
import { formatPartialDate, separators } from '../kit/locale.js';
import { themeVar } from '../kit/theme.js';
import { type VisitNaming, whoRuled } from './describe.js';
import { type HeatmapCell, oldestFirst } from './layout.js';
import type { HeatmapScene } from './scene.js';
import { heatmapWords } from './words.js';

/** Visits listed in a cell's tooltip, one line each; the table and CSV have the rest. */
const TOOLTIP_VISITS = 3;
const LINE = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

/** Props of {@link VisitTip}. */
export interface VisitTipProps {
  cell: HeatmapCell;
  scene: HeatmapScene;
  naming: VisitNaming;
}

/**
 * The tooltip of a cell, a few lines: the row and period, who ruled, the first visits one line
 * each, how many sources. Outcomes and the full list of sources are in the table and the CSV.
 */
export function VisitTip({ cell, scene, naming }: VisitTipProps) {
  const { locale, words, personName, periodText } = naming;
  const hw = heatmapWords[locale];
  const { comma } = separators(locale);
  const listed = oldestFirst(cell.visits).slice(0, TOOLTIP_VISITS);
  const more = cell.visits.length - listed.length;
  const cited = new Set(cell.visits.flatMap((v) => (v.sources ?? []).map((r) => r.source))).size;
  return (
    <div>
      <div style={{ fontWeight: 700 }}>{scene.labelOf.get(cell.series)}</div>
      <div>
        {periodText(cell.period, cell.bin)}: {cell.covered ? hw.visitCount(cell.count) : hw.noData}
      </div>
      {scene.rulers.length ? (
        <div style={{ color: themeVar('muted') }}>{whoRuled(cell, scene.rulers, locale)}</div>
      ) : null}
      {listed.map((v) => (
        <div key={v.id} style={LINE}>
          {formatPartialDate(v.start, locale)}: {v.visitors.map(personName).join(comma)}
        </div>
      ))}
      {more > 0 ? <div>{words.andMore(more)}</div> : null}
      {cited ? <div style={{ color: themeVar('muted') }}>{words.sourceCount(cited)}</div> : null}
    </div>
  );
}

/** The hidden table's columns: date, direction, level, visitors, city, outcome. */
export function visitColumns({ locale, countryName, personName }: VisitNaming): DataTableColumn<Visit>[] {
  const hw = heatmapWords[locale];
  const { comma } = separators(locale);
  return [
    { header: hw.visitColumns.date, cell: (v) => formatPartialDate(v.start, locale) },
    { header: hw.visitColumns.direction, cell: (v) => hw.direction(countryName(v.from), countryName(v.to)) },
    { header: hw.visitColumns.level, cell: (v) => hw.levels[v.level] ?? v.level },
    { header: hw.visitColumns.visitors, cell: (v) => v.visitors.map(personName).join(comma) },
    { header: hw.visitColumns.city, cell: (v) => v.city ?? '' },
    { header: hw.visitColumns.outcome, cell: (v) => v.outcome ?? '' },
  ];
}
