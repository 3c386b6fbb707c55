import { afterAll, describe, expect, it } from 'vitest';
import { keyWords } from '../../src/charts/gantt/keyWords';
import { tenureWords } from '../../src/charts/gantt/words';
import { textWidth } from '../../src/charts/kit/labels';
import type { Locale } from '../../src/charts/kit/locale';
import { themes } from '../../src/charts/kit/theme';
import { people } from '../../src/data';

/**
 * The widths the layouts estimate without a DOM, against the widths
 * Chromium draws: for every name in the dataset, in each of its scripts,
 * in the font stack of each theme. A label the layout thinks fits must fit,
 * so the estimate may be generous but never short by more than a hair.
 */
const SIZES = [11, 13];
/** Short by at most this many pixels: sub-pixel rounding, never a letter. */
const TOLERANCE = 0.5;
/** Generous by at most this share on the faces Chromium uses here, or names get left out that would fit. */
const MAX_SLACK = 0.35;

const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
svg.setAttribute('width', '2000');
svg.setAttribute('height', '100');
document.body.append(svg);
afterAll(() => svg.remove());

function drawnWidth(text: string, font: string, size: number, locale: Locale): number {
  const el = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  el.setAttribute('font-size', String(size));
  el.setAttribute('font-family', font);
  el.setAttribute('direction', locale === 'ar' ? 'rtl' : 'ltr');
  el.textContent = text;
  svg.append(el);
  const width = el.getComputedTextLength();
  el.remove();
  return width;
}

const stacks = { sans: themes.light.font, serif: themes.print.font };

describe('textWidth against the browser', () => {
  for (const locale of ['en', 'ar', 'ru'] as const) {
    for (const [face, font] of Object.entries(stacks)) {
      it(`is never short for any ${locale} name or label in the ${face} stack`, async () => {
        await document.fonts.ready;
        const words = tenureWords[locale];
        // Every name in the dataset, and the other words the Gantt fits into place: lane labels and its key.
        const names = [
          ...people.map((p) => p.name[locale]).filter((n): n is string => Boolean(n)),
          ...Object.values(words.polities).flatMap((country) =>
            Object.values(words.offices).map((office) => `${country}: ${office}`),
          ),
          ...Object.values(keyWords[locale]),
        ];
        expect(names.length).toBeGreaterThan(50);
        const short: string[] = [];
        let worstShort = 0;
        let worstSlack = 0;
        for (const size of SIZES) {
          for (const name of names) {
            const drawn = drawnWidth(name, font, size, locale);
            const estimate = textWidth(name, size);
            expect(drawn).toBeGreaterThan(0);
            if (estimate < drawn - TOLERANCE)
              short.push(`${name} at ${size}px: ${estimate.toFixed(1)} < ${drawn.toFixed(1)}`);
            worstShort = Math.max(worstShort, drawn - estimate);
            worstSlack = Math.max(worstSlack, estimate / drawn - 1);
          }
        }
        console.info(
          `${locale}, ${face}: ${names.length} names and labels; most short ${worstShort.toFixed(2)} px, most generous +${(worstSlack * 100).toFixed(0)}%`,
        );
        expect(short).toEqual([]);
        expect(worstSlack).toBeLessThan(MAX_SLACK);
      });
    }
  }
});
