/**
 * Text measurement without a DOM, so server and browser lay labels out the
 * same way. Widths are estimates in ems per character class, deliberately
 * generous so a label that "fits" really does.
 */
const NARROW = /[ilIjtf.,:;'|!()[\]\s-]/;
const WIDE = /[mwMWЖШЩМЮЫДФ@%]/;

const emsOf = (ch: string): number =>
  NARROW.test(ch) ? 0.32 : WIDE.test(ch) ? 0.86 : ch >= 'A' && ch <= 'Z' ? 0.68 : 0.58;

// Labels are measured by the thousand: look the common characters up instead of testing them.
const TABLE = /* @__PURE__ */ Array.from({ length: 0x500 }, (_, code) => emsOf(String.fromCharCode(code)));

/** Estimated width in pixels of `text` at `fontSize` in a sans-serif face. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    ems += code < TABLE.length ? TABLE[code] : emsOf(text[i]);
  }
  return ems * fontSize;
}

/** The first of `candidates` whose estimated width fits in `space` pixels, or null. */
export function fitText(candidates: readonly string[], space: number, fontSize: number): string | null {
  // Nothing readable fits in less than two characters' width.
  if (space < fontSize * 1.2) return null;
  for (const text of candidates) if (text && textWidth(text, fontSize) <= space) return text;
  return null;
}

/** Words of `text` in lines no wider than `space`, at most `maxLines` (the last one cut with an ellipsis). */
export function wrap(text: string, space: number, fontSize: number, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= space)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) return [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]}…`];
  return lines;
}

/**
 * Rows for labels along one axis so none overlaps another: each label takes
 * the first row where it clears the previous label by `gap`. Input order is
 * kept; returns the row of each label.
 */
export function stackLabels(spans: readonly { from: number; to: number }[], gap = 4): number[] {
  const rowEnds: number[] = [];
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].from - spans[b].from);
  const rows = new Array<number>(spans.length);
  for (const i of order) {
    let row = rowEnds.findIndex((end) => spans[i].from >= end + gap);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = spans[i].to;
    rows[i] = row;
  }
  return rows;
}
