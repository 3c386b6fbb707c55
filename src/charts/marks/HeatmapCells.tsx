import { Group } from '@visx/group';
import { HeatmapRect, type RectCell } from '@visx/heatmap';
import type { ScaleThreshold } from 'd3-scale';
import type { HeatmapCell } from '../heatmap/layout.js';
import { Hatch } from '../kit/Hatch.js';
import { type Locale, numberFormat } from '../kit/locale.js';
import { FONT_SIZE, rounded } from '../kit/sizes.js';
import { onSeqVar, seqEdgeVar, themeVar } from '../kit/theme.js';

/** Props of {@link HeatmapCells}. */
export interface HeatmapCellsProps {
  /** The cells of a heatmap layout (`layout.cells`), placed, in reading order: one size, in a grid of rows and columns. */
  cells: readonly HeatmapCell[];
  /** A cell's count → its fill (`layout.colour`). */
  colour: ScaleThreshold<number, string>;
  /** Prefix of the hatching pattern's id, unique on the page (`${id}-nodata`): periods the data does not cover. */
  id: string;
  /** Whose digits the counts are printed in. */
  locale?: Locale;
  fontSize?: number;
  /** Offsets of the group, as visx's own marks take them. */
  top?: number;
  left?: number;
}

/** One column of the visual grid, as `@visx/heatmap` takes it: its cells top to bottom. */
export interface HeatmapColumn {
  x: number;
  bins: HeatmapCell[];
}

type Bin = RectCell<HeatmapColumn, HeatmapCell>;

/** The cells as columns of bins, and each row's top, from the layout's own positions. */
export function heatmapColumns(cells: readonly HeatmapCell[]): { columns: HeatmapColumn[]; rowTops: number[] } {
  const columns: HeatmapColumn[] = [];
  const rowTops: number[] = [];
  for (const cell of cells) {
    const column = columns[cell.col] ?? { x: cell.x, bins: [] };
    columns[cell.col] = column;
    column.bins[cell.row] = cell;
    if (rowTops[cell.row] === undefined) rowTops[cell.row] = cell.y;
  }
  return { columns: columns.filter(Boolean), rowTops };
}

/** A filled cell: an outline inside it, in a shade of its colour that stands 3 : 1 from the page. */
const filled = ({ bin: c, x, y, width, height, color }: Bin) => (
  <rect
    key={`${c.series}|${c.period}`}
    x={x + 0.5}
    y={y + 0.5}
    width={Math.max(0, width - 1)}
    height={Math.max(0, height - 1)}
    fill={color}
    stroke={seqEdgeVar(c.shade)}
  />
);

/**
 * The cells of a visit heatmap: `@visx/heatmap`'s HeatmapRect lays out the bins (columns of cells
 * at the layout's positions, coloured by `colour`), and each is drawn as a rect: filled cells with
 * an outline in their own shade, empty ones with a hairline of the grid colour, periods without data
 * hatched. The counts the layout found room for are printed on top. Nothing here measures.
 */
export function HeatmapCells({
  cells,
  colour,
  id,
  locale = 'en',
  fontSize = FONT_SIZE,
  top = 0,
  left = 0,
}: HeatmapCellsProps) {
  const { columns, rowTops } = heatmapColumns(cells);
  const hatch = `url(#${id}-nodata)`;
  const grid = themeVar('grid');
  const digits = numberFormat(locale);
  const draw = (heatmap: Bin[][]) => {
    const bins = heatmap.flat().sort((a, b) => a.row - b.row || a.column - b.column);
    return (
      <>
        <g className="dm-cells">
          {bins.map((b) =>
            b.bin.shade ? (
              filled(b)
            ) : (
              <rect
                key={`${b.bin.series}|${b.bin.period}`}
                x={b.x}
                y={b.y}
                width={b.width}
                height={b.height}
                fill={b.bin.covered ? b.color : hatch}
                stroke={grid}
                strokeWidth={0.5}
              />
            ),
          )}
        </g>
        <g className="dm-counts" pointerEvents="none" fontSize={fontSize} textAnchor="middle">
          {bins.map(({ bin: c, x, y, width, height }) =>
            c.showCount ? (
              <text
                key={`${c.series}|${c.period}`}
                x={x + width / 2}
                // A plain baseline, no dy: resvg raises right-to-left text set with dy.
                y={rounded(y + height / 2 + fontSize * 0.35)}
                fill={onSeqVar(c.shade)}
              >
                {digits.format(c.count)}
              </text>
            ) : null,
          )}
        </g>
      </>
    );
  };
  return (
    <Group className="dm-heatmap" top={top} left={left}>
      <defs>
        <Hatch id={`${id}-nodata`} colour={grid} weight={1} />
      </defs>
      {cells.length ? (
        <HeatmapRect<HeatmapColumn, HeatmapCell>
          data={columns}
          bins={(column) => column.bins}
          count={(cell) => cell.count}
          colorScale={(count) => colour(Number(count))}
          xScale={(column) => columns[column].x}
          yScale={(row) => rowTops[row]}
          binWidth={cells[0].width}
          binHeight={cells[0].height}
          gap={0}
        >
          {draw}
        </HeatmapRect>
      ) : null}
    </Group>
  );
}
