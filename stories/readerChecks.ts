/**
 * Assertions for story play functions, on what a reader sees: the same
 * checks as the browser matrix (tests/browser/readerView.ts), and text
 * contrast. Each fails when there is nothing to check, so a story that
 * draws nothing cannot pass by default.
 */
import { expect, waitFor } from 'storybook/test';
import { MIN_WIDTH } from '../src/charts/kit/useChartWidth';
import { dataset } from '../src/data/index';
import { lowContrastTexts } from '../tests/browser/contrast';
import { overlappingTexts, readerViewProblems, seenTexts } from '../tests/browser/readerView';

export { contrastOf, lowContrastTexts } from '../tests/browser/contrast';

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

/** Every chart text in the figure reads at `min` : 1 or better; there must be texts to read. */
export async function expectTextContrast(figure: HTMLElement, min = 4.5): Promise<void> {
  await expect(seenTexts(figure).length, 'texts drawn').toBeGreaterThan(0);
  await expect(lowContrastTexts(figure, min)).toEqual([]);
}
