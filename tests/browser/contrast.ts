/**
 * Text contrast as a reader meets it: each chart text against what it sits
 * on (its halo, else the filled shapes under it over the figure's
 * background), by the WCAG formula.
 */
import { seenTexts } from './readerView';

type Rgb = [number, number, number, number];

const parse = (colour: string): Rgb | null => {
  const m = colour.match(/rgba?\(([^)]+)\)/);
  if (!m) return null;
  const [r, g, b, a = '1'] = m[1].split(/[\s,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
};

const over = (top: Rgb, under: Rgb, opacity = 1): Rgb => {
  const a = top[3] * opacity;
  return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1) as Rgb;
};

const luminance = ([r, g, b]: Rgb) => {
  const c = [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
};

/** WCAG contrast ratio of two opaque colours. */
export const contrastOf = (a: Rgb, b: Rgb): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** The filled shapes of a figure's SVGs with their page boxes, in paint order (hit-tested by geometry: marks take no pointer events). */
function shapesOf(figure: HTMLElement) {
  return [...figure.querySelectorAll<SVGGeometryElement>('svg rect, svg path, svg circle, svg polygon')]
    .filter((el) => !el.closest('defs, clipPath, pattern, mask') && el.checkVisibility({ opacityProperty: true }))
    .map((el) => ({ el, box: el.getBoundingClientRect() }));
}

/** The opaque colour behind a point of a figure: the filled shapes there, in paint order, over the figure's background. */
function backdrop(figure: HTMLElement, shapes: ReturnType<typeof shapesOf>, x: number, y: number): Rgb {
  const page = parse(getComputedStyle(figure).backgroundColor);
  let colour: Rgb = page && page[3] > 0 ? page : [255, 255, 255, 1];
  for (const { el, box } of shapes) {
    if (x < box.left || x > box.right || y < box.top || y > box.bottom) continue;
    const ctm = el.getScreenCTM();
    if (!ctm || !el.isPointInFill(new DOMPoint(x, y).matrixTransform(ctm.inverse()))) continue;
    const style = getComputedStyle(el);
    const fill = parse(style.fill);
    if (!fill || fill[3] === 0) continue;
    colour = over(fill, colour, Number(style.fillOpacity) * Number(style.opacity));
  }
  return colour;
}

/**
 * Every visible chart text reaches `min` contrast (WCAG AA, 4.5 : 1) against what it sits on: its
 * halo where it has one, else the shapes under it and the figure's background. Lists the failures.
 */
export function lowContrastTexts(figure: HTMLElement, min = 4.5): string[] {
  const failures: string[] = [];
  const shapes = shapesOf(figure);
  for (const t of seenTexts(figure)) {
    const style = getComputedStyle(t.el);
    const box = t.box;
    const ground = backdrop(figure, shapes, box.left + box.width / 2, box.top + box.height / 2);
    const halo = style.paintOrder.startsWith('stroke') && Number.parseFloat(style.strokeWidth) >= 2;
    const haloColour = halo ? parse(style.stroke) : null;
    const behind = haloColour ? over(haloColour, ground) : ground;
    const fill = parse(style.fill);
    if (!fill) continue;
    const ink = over(fill, behind, Number(style.fillOpacity) * Number(style.opacity));
    const ratio = contrastOf(ink, behind);
    if (ratio < min) failures.push(`"${t.text}" at ${ratio.toFixed(2)} : 1`);
  }
  return failures;
}
