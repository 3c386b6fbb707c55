/**
 * Writes src/charts/kit/glyphWidths.ts: the advance width of every Latin,
 * Cyrillic and Arabic character the charts print, measured in Chromium in
 * each face the themes' font stacks reach on this machine, keeping the
 * widest. Arabic letters are measured in all four joining forms and keep
 * the widest, so a sum of these widths is never narrower than the shaped
 * word. Run with `node scripts/glyph-widths.mjs` after changing a theme's
 * font; tests/browser/text-widths.test.tsx checks the result against the
 * browser for every name in the dataset.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

/** Code point ranges covered, inclusive. */
const RANGES = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x17f], // Latin-1 and Latin Extended-A: transliterations (ā, ş, é…)
  [0x2b9, 0x2bf], // modifier letters used in transliteration (ʻ ʼ ʿ)
  [0x400, 0x45f], // Cyrillic
  [0x600, 0x6ff], // Arabic, with Arabic-Indic digits
  [0x2010, 0x2027], // dashes, quotes, ellipsis
  [0x2030, 0x203a],
  [0x2212, 0x2212], // minus
];

/** The themes' stacks (src/charts/kit/theme.ts) and the faces they resolve to here, each also on its own. */
const FACES = [
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, Arial, sans-serif',
  'Georgia, "Times New Roman", "Noto Serif", serif',
  '"DejaVu Sans"',
  '"Liberation Sans"',
  '"DejaVu Serif"',
  '"Liberation Serif"',
  'sans-serif',
  'serif',
];

const codes = RANGES.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
/** The Arabic block, where a letter's shape (and width) depends on its neighbours. */
const ARABIC = [0x600, 0x6ff];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage();
await page.setContent('<!doctype html><meta charset="utf-8"><canvas></canvas>');
const { widths, arabic } = await page.evaluate(
  ({ codes, faces, arabicRange }) => {
    const ctx = document.querySelector('canvas').getContext('2d');
    const size = 1000;
    const zwnj = '\u200c';
    const beh = '\u0628';
    // Thousandths of an em, rounded up: the estimate may be generous, never short.
    const thousandths = (w) => Math.ceil((w / size) * 1000);
    const widest = (text) => {
      let most = 0;
      for (const face of faces) {
        ctx.font = `${size}px ${face}`;
        most = Math.max(most, ctx.measureText(text).width);
      }
      return most;
    };
    // A letter's joining forms, each the widest across the faces: written between tatweels
    // (the joining line, one width in every form), minus the tatweels.
    const tatweel = '\u0640';
    const widestForms = (ch) => {
      const most = [0, 0, 0, 0];
      for (const face of faces) {
        ctx.font = `${size}px ${face}`;
        const w = (text) => ctx.measureText(text).width;
        const k = w(tatweel);
        const forms = [w(ch), w(ch + tatweel) - k, w(tatweel + ch + tatweel) - 2 * k, w(tatweel + ch) - k];
        for (let i = 0; i < 4; i++) most[i] = Math.max(most[i], forms[i]);
      }
      return most;
    };
    const widths = codes.map((code) => thousandths(widest(String.fromCodePoint(code))));
    // Each Arabic letter in its four forms (isolated, initial, medial, final), and how it joins,
    // read from the shapes themselves: a letter joins the one after it when a non-joiner between
    // them changes the width, and likewise for the one before it.
    ctx.font = `${size}px ${faces[0]}`;
    const w = (text) => ctx.measureText(text).width;
    const differs = (a, b) => Math.abs(w(a) - w(b)) > 0.5;
    const arabic = [];
    for (let code = arabicRange[0]; code <= arabicRange[1]; code++) {
      const ch = String.fromCodePoint(code);
      const joinsAfter = differs(ch + beh, ch + zwnj + beh);
      const joinsBefore = differs(beh + ch, beh + zwnj + ch);
      // D: joins both sides; R: only the letter before it; T: a mark, drawn over its letter; U: neither.
      const type = joinsAfter ? 'D' : joinsBefore ? 'R' : w(ch) === 0 ? 'T' : 'U';
      const forms = widestForms(ch).map(thousandths);
      arabic.push({ code, type, forms });
    }
    return { widths, arabic };
  },
  { codes, faces: FACES, arabicRange: ARABIC },
);
await browser.close();

const b36 = (n) => n.toString(36).padStart(2, '0');
// Runs of consecutive code points, each written as its first code point and its widths in base 36 (two digits each).
const runs = [];
for (const [a, b] of RANGES) {
  let digits = '';
  for (let code = a; code <= b; code++) digits += b36(widths[codes.indexOf(code)]);
  runs.push(`  [0x${a.toString(16)}, '${digits}'],`);
}
// The Arabic letters that change shape: joining type, then isolated, initial, medial and final widths.
const joining = arabic
  .filter((a) => a.type === 'D' || a.type === 'R')
  .map((a) => `${a.code.toString(16)}${a.type}${a.forms.map(b36).join('')}`);
const marks = arabic.filter((a) => a.type === 'T').map((a) => a.code.toString(16));
const file = `// Written by scripts/glyph-widths.mjs: do not edit by hand.
/**
 * Advance widths in thousandths of an em, widest across the faces the
 * themes' font stacks reach. Each entry: the first code point of a run,
 * then two base-36 digits per character.
 */
export const GLYPH_WIDTHS: readonly (readonly [number, string])[] = [
${runs.join('\n')}
];

/**
 * Arabic letters that join their neighbours: hex code point, D (joins both
 * sides) or R (only the letter before it), then the widths of the isolated,
 * initial, medial and final forms as above.
 */
export const ARABIC_JOINING = '${joining.join(' ')}';

/** Arabic marks (hex), drawn over their letter: they neither take width nor break a join. */
export const ARABIC_MARKS = '${marks.join(' ')}';
`;
writeFileSync(new URL('../src/charts/kit/glyphWidths.ts', import.meta.url), file);
console.log(`${codes.length} characters, ${joining.length} joining Arabic letters, ${marks.length} marks`);
