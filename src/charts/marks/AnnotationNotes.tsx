import { type AnnotationNote, noteIndent } from '../kit/annotationLayout.js';
import { themeVar } from '../kit/theme.js';
import { NoteNumber } from './Callouts.js';

/** Props of {@link AnnotationNotes}. */
export interface AnnotationNotesProps {
  notes: readonly AnnotationNote[];
  /** Top of the notes in the SVG. */
  top: number;
  width: number;
  fontSize: number;
  rtl?: boolean;
}

/**
 * The callouts that did not fit over the chart, numbered as their points
 * are, in a list under it, inside the SVG, so a static copy keeps them.
 */
export function AnnotationNotes({ notes, top, width, fontSize, rtl = false }: AnnotationNotesProps) {
  if (!notes.length) return null;
  const lh = Math.round(fontSize * 1.3);
  const indent = noteIndent(fontSize);
  const textX = rtl ? width - indent : indent;
  return (
    <g className="dm-annotation-notes" transform={`translate(0, ${top})`}>
      {notes.map((note) => (
        <g key={note.number}>
          <NoteNumber
            x={rtl ? width - fontSize : fontSize}
            y={note.y - fontSize * 0.35}
            number={note.number}
            fontSize={fontSize}
          />
          <text x={textX} y={note.y} textAnchor={rtl ? 'end' : 'start'} fontSize={fontSize} fill={themeVar('text')}>
            {note.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one text, in order, never reordered.
              <tspan key={i} x={textX} dy={i === 0 ? 0 : lh}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </g>
  );
}
