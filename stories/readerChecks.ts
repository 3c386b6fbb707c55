/**
 * Assertions for story play functions, on what a reader sees: the same
 * checks as the browser matrix (tests/browser/readerView.ts), and text
 * contrast. Each fails when there is nothing to check, so a story that
 * draws nothing cannot pass by default.
 */
import { expect, waitFor } from 'storybook/test';
import { MIN_WIDTH } from '../src/charts/kit/useChartWidth';
import { dataset } from '../src/data/index';
import { overlappingTexts, readerViewProblems, seenTexts } from '../tests/browser/readerView';

const NAMES = [...dataset.people.map((p) => p.name), ...dataset.events.map((e) => e.title)];

/** Whether a chart that fills its column has measured it and drawn at its width. */
const measured = (figure: HTMLElement) => {
  const plot = figure.querySelector<HTMLElement>('.dm-plot');
  const svg = plot?.querySelector('svg');
  if (!plot || !svg) return true;
  return Number(svg.getAttribute('width')) === Math.max(MIN_WIDTH, Math.floor(plot.clientWidth));
};

/** Every chart figure in a story's canvas, once each has drawn at its column's width; fails when there is none. */
export async function figuresIn(canvasElement: HTMLElement): Promise<HTMLElement[]> {
  const figures = [...canvasElement.querySelectorAll<HTMLElement>('figure.dm-chart')];
  await expect(figures.length, 'charts drawn').toBeGreaterThan(0);
  const filled = figures.filter((f) => f.style.width === '100%');
  await waitFor(() => expect(filled.filter((f) => !measured(f)).length).toBe(0));
  return figures;
}

/**
 * No problem a reader would see in the figure (overlapping, cut or struck-through text, a page
 * that scrolls sideways, Latin names in Arabic; with `interact`, keys and the CSV too), and at
 * least `minTexts` texts drawn.
 */
export async function expectReaderView(
  figure: HTMLElement,
  { minTexts = 5, interact = false }: { minTexts?: number; interact?: boolean } = {},
): Promise<void> {
  await expect(seenTexts(figure).length, 'texts drawn').toBeGreaterThanOrEqual(minTexts);
  const locale = figure.getAttribute('lang') ?? 'en';
  await expect(await readerViewProblems(figure, { locale, names: NAMES, interact })).toEqual([]);
}

/** No two of the texts matched by `selector` overlap, and at least `min` of them are drawn. */
export async function expectNoOverlap(figure: HTMLElement, selector = 'svg text', min = 5): Promise<void> {
  const texts = seenTexts(figure).filter((t) => t.el.closest(selector) || t.el.matches(selector));
  await expect(texts.length, `texts matching ${selector}`).toBeGreaterThanOrEqual(min);
  await expect(overlappingTexts(texts)).toEqual([]);
}

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

/** Every chart text in the figure reads at `min` : 1 or better; there must be texts to read. */
export async function expectTextContrast(figure: HTMLElement, min = 4.5): Promise<void> {
  await expect(seenTexts(figure).length, 'texts drawn').toBeGreaterThan(0);
  await expect(lowContrastTexts(figure, min)).toEqual([]);
}
