import { FONT_SIZE } from '../kit/sizes.js';
import { themeVar } from '../kit/theme.js';
import type { PlacedText } from './layout.js';

/** Props of {@link GridLabels}. */
export interface GridLabelsProps {
  /** The layout's row headings, block headings and period labels (`layout.labels`). */
  labels: readonly PlacedText[];
  fontSize?: number;
}

/** A text placed by the layout, turned a quarter where it reads bottom to top. */
export function PlacedLabel({ text, ...props }: { text: PlacedText; fill?: string }) {
  const { x, y, anchor, turned } = text;
  return (
    <text x={x} y={y} textAnchor={anchor} {...props} transform={turned ? `rotate(-90 ${x} ${y})` : undefined}>
      {text.text}
    </text>
  );
}

/** The grid's headings and period labels, muted, as the layout places them. */
export function GridLabels({ labels, fontSize = FONT_SIZE }: GridLabelsProps) {
  return (
    <g className="dm-labels" fontSize={fontSize} fill={themeVar('muted')}>
      {labels.map((t) => (
        <PlacedLabel key={`${t.x},${t.y},${t.text}`} text={t} />
      ))}
    </g>
  );
}
