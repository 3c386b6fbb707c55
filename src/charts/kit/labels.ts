/**
 * Text measurement without a DOM, so server and browser lay labels out the
 * same way. Each character counts its advance width in the widest of the
 * faces the themes' font stacks reach (measured in Chromium by
 * scripts/glyph-widths.mjs), Arabic letters in their widest joining form:
 * a sum that is never narrower than the browser's width for Latin,
 * Cyrillic and Arabic text, so a label that "fits" really does
 * (tests/browser/text-widths.test.tsx checks every name in the dataset).
 */
import { ARABIC_JOINING, ARABIC_MARKS, GLYPH_WIDTHS } from './glyphWidths.js';

/** Characters the table does not know (other scripts, emoji) count a full em: rather generous than short. */
const UNKNOWN = 1;
const DUAL = 1;
const RIGHT = 2;
const MARK = 3;

/**
 * Widths in ems by code point up to the end of the Arabic block (the rest
 * in a map), and for Arabic letters how they join and their four forms.
 */
const { low, high, joining, forms } = /* @__PURE__ */ (() => {
  const low = new Float32Array(0x700).fill(UNKNOWN);
  const high = new Map<number, number>();
  for (const [first, digits] of GLYPH_WIDTHS) {
    for (let i = 0; i < digits.length / 2; i++) {
      const ems = Number.parseInt(digits.slice(2 * i, 2 * i + 2), 36) / 1000;
      const code = first + i;
      if (code < low.length) low[code] = ems;
      else high.set(code, ems);
    }
  }
  // Joining type and isolated, initial, medial, final widths, by offset in the Arabic block.
  const joining = new Uint8Array(0x100);
  const forms = new Float32Array(0x400);
  for (const entry of ARABIC_JOINING.split(' ')) {
    const at = entry.search(/[DR]/);
    const offset = Number.parseInt(entry.slice(0, at), 16) - 0x600;
    joining[offset] = entry[at] === 'D' ? DUAL : RIGHT;
    for (let f = 0; f < 4; f++)
      forms[4 * offset + f] = Number.parseInt(entry.slice(at + 1 + 2 * f, at + 3 + 2 * f), 36) / 1000;
  }
  for (const mark of ARABIC_MARKS.split(' ')) joining[Number.parseInt(mark, 16) - 0x600] = MARK;
  return { low, high, joining, forms };
})();

const joiningOf = (text: string, i: number) => {
  const code = text.charCodeAt(i) - 0x600;
  return code >= 0 && code < 0x100 ? joining[code] : 0;
};

/** Arabic letter at `i`: its width in the form its neighbours give it (isolated, initial, medial or final). */
function arabicWidth(text: string, i: number, type: number): number {
  // The nearest letters before and after, skipping marks, which sit on their letter.
  let before = i - 1;
  while (before >= 0 && joiningOf(text, before) === MARK) before--;
  let after = i + 1;
  while (after < text.length && joiningOf(text, after) === MARK) after++;
  const joinsBefore = before >= 0 && joiningOf(text, before) === DUAL;
  const next = after < text.length ? joiningOf(text, after) : 0;
  const joinsAfter = type === DUAL && (next === DUAL || next === RIGHT);
  const form = joinsBefore ? (joinsAfter ? 2 : 3) : joinsAfter ? 1 : 0;
  return forms[4 * (text.charCodeAt(i) - 0x600) + form];
}

/** Width in pixels of `text` at `fontSize` in the charts' faces: never narrower than the browser draws it. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < low.length) {
      const type = code >= 0x600 ? joining[code - 0x600] : 0;
      ems += type === DUAL || type === RIGHT ? arabicWidth(text, i, type) : low[code];
    } else ems += high.get(code) ?? UNKNOWN;
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

const ELLIPSIS = '…';

/**
 * The longest start of `text` that fits in `space` with an ellipsis after
 * it, or null when not even one character does. Widths grow with length
 * (bar the odd Arabic form), so a binary search finds it; the answer is
 * measured again, whole, before it is given.
 */
export function truncate(text: string, space: number, fontSize: number): string | null {
  const chars = Array.from(text);
  const line = (n: number) => `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textWidth(line(mid), fontSize) <= space) low = mid;
    else high = mid - 1;
  }
  for (let n = low; n > 0; n--) if (textWidth(line(n), fontSize) <= space) return line(n);
  return null;
}

/**
 * Words of `text` in lines no wider than `space`, at most `maxLines`. A
 * word wider than the space is cut with an ellipsis, and so is the last
 * line when more words follow; each cut line is measured again with its
 * ellipsis. Where not one character fits, there are no lines.
 */
export function wrap(text: string, space: number, fontSize: number, maxLines = 3): string[] {
  const fits = (line: string) => textWidth(line, fontSize) <= space;
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const last = lines[lines.length - 1];
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else if (lines.push(word) > maxLines) break;
  }
  const more = lines.length > maxLines;
  const shown: string[] = [];
  for (const [i, line] of lines.slice(0, Math.max(0, maxLines)).entries()) {
    const cutHere = more && i === maxLines - 1;
    const kept =
      cutHere && fits(`${line}${ELLIPSIS}`)
        ? `${line}${ELLIPSIS}`
        : fits(line) && !cutHere
          ? line
          : truncate(line, space, fontSize);
    if (kept) shown.push(kept);
  }
  return shown;
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
