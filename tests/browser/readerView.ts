/**
 * What a reader would notice on a rendered chart, checked in a real browser:
 * each function returns human-readable problems, `[]` when there are none.
 * The conventions the charts follow for these checks are in
 * /work/staging/CONVENTIONS.md (`data-records`, the CSV's `id` column).
 */
import { lowContrastTexts } from './contrast';

/** A text as the reader sees it: its words and its box on the page. */
export interface SeenText {
  el: SVGTextContentElement;
  text: string;
  box: DOMRect;
}

const round = (n: number) => Math.round(n);
const where = (b: DOMRect) => `${round(b.left)},${round(b.top)} ${round(b.width)}×${round(b.height)}`;
const quote = (t: SeenText) => `"${t.text.length > 40 ? `${t.text.slice(0, 39)}…` : t.text}"`;

const visible = (el: Element) =>
  el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
  Number(getComputedStyle(el).fillOpacity) > 0;

/**
 * Every visible, non-empty text line in the chart's SVGs: a `<tspan>` per
 * line where a text has them, else the `<text>` itself.
 */
export function seenTexts(root: Element): SeenText[] {
  const seen: SeenText[] = [];
  for (const text of root.querySelectorAll<SVGTextElement>('svg text')) {
    if (!visible(text)) continue;
    const spans = [...text.querySelectorAll<SVGTSpanElement>('tspan')];
    for (const el of spans.length ? spans : [text]) {
      const words = (el.textContent ?? '').trim();
      if (!words) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      seen.push({ el, text: words, box });
    }
  }
  return seen;
}

/**
 * A text's box is its font's full line (ascent to descent); the ink sits
 * inside it. Pairs count as overlapping only past `tolerance` pixels across
 * and a fifth of the height down, so neighbouring lines may touch.
 */
function overlap(a: DOMRect, b: DOMRect, tolerance: number): boolean {
  const dy = Math.min(a.height, b.height) * 0.2;
  return a.left < b.right - tolerance && b.left < a.right - tolerance && a.top < b.bottom - dy && b.top < a.bottom - dy;
}

/** Two visible texts drawn over each other. */
export function overlappingTexts(texts: readonly SeenText[], tolerance = 1): string[] {
  const problems: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i];
      const b = texts[j];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      if (overlap(a.box, b.box, tolerance))
        problems.push(`texts overlap: ${quote(a)} at ${where(a.box)} and ${quote(b)} at ${where(b.box)}`);
    }
  }
  return problems;
}

/** The rectangle a `clip-path` on `el` or an ancestor keeps, on the page, or null. */
function clipRect(el: Element): { box: DOMRect; by: Element } | null {
  for (let node: Element | null = el; node && !(node instanceof SVGSVGElement); node = node.parentElement) {
    const ref = node.getAttribute('clip-path') ?? (node as SVGElement).style?.clipPath;
    const id = ref?.match(/url\(["']?#([^"')]+)/)?.[1];
    if (!id) continue;
    const clip = node.ownerDocument.getElementById(id) as SVGClipPathElement | null;
    const shape = clip?.querySelector<SVGGraphicsElement>('rect, path, circle, polygon');
    const ctm = (node as SVGGraphicsElement).getScreenCTM?.();
    if (!shape || !ctm) continue;
    const b = shape.getBBox();
    const p1 = new DOMPoint(b.x, b.y).matrixTransform(ctm);
    const p2 = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(ctm);
    return {
      box: new DOMRect(Math.min(p1.x, p2.x), Math.min(p1.y, p2.y), Math.abs(p2.x - p1.x), Math.abs(p2.y - p1.y)),
      by: node,
    };
  }
  return null;
}

const inside = (inner: DOMRect, outer: DOMRect, slack: number) =>
  inner.left >= outer.left - slack &&
  inner.right <= outer.right + slack &&
  inner.top >= outer.top - slack &&
  inner.bottom <= outer.bottom + slack;

/** Texts past the SVG's edges, cut by a clip path, or out of the figure. */
export function cutTexts(figure: Element, texts: readonly SeenText[], slack = 1): string[] {
  const problems: string[] = [];
  const frame = figure.getBoundingClientRect();
  for (const t of texts) {
    const svg = t.el.ownerSVGElement;
    const edge = svg?.getBoundingClientRect();
    if (edge && !inside(t.box, edge, slack)) {
      problems.push(`text past the SVG's edge: ${quote(t)} at ${where(t.box)}, SVG at ${where(edge)}`);
      continue;
    }
    if (!inside(t.box, frame, slack)) {
      problems.push(`text outside the figure: ${quote(t)} at ${where(t.box)}, figure at ${where(frame)}`);
      continue;
    }
    const clip = clipRect(t.el);
    if (clip && !inside(t.box, clip.box, slack))
      problems.push(`text cut by a clip path: ${quote(t)} at ${where(t.box)}, kept ${where(clip.box)}`);
  }
  return problems;
}

/** A text carries a halo: a stroke in some colour, painted under its fill, at least 2 px wide. */
function haloed(el: Element): boolean {
  const style = getComputedStyle(el);
  return style.stroke !== 'none' && style.paintOrder.startsWith('stroke') && Number.parseFloat(style.strokeWidth) >= 2;
}

/**
 * Annotation lines (the rules of callouts that name a moment, `.dm-callout-rules line`,
 * and the connectors of the others) that cross a text.
 * A rule drawn before the text (under it) is allowed where the text has a
 * halo, or sits on a mark drawn after the rule (the mark hides the rule).
 */
export function markersThroughText(root: Element, texts: readonly SeenText[]): string[] {
  const problems: string[] = [];
  const rules = [
    ...new Set(
      root.querySelectorAll<SVGGraphicsElement>('.dm-callout-rules line, .dm-callouts .visx-annotation-connector'),
    ),
  ];
  const marks = [...root.querySelectorAll<SVGGraphicsElement>('.dm-marks rect, .dm-marks path')].filter(
    (m) => !m.classList.contains('dm-focus-ring'),
  );
  for (const rule of rules) {
    if (!visible(rule)) continue;
    const r = rule.getBoundingClientRect();
    const name = rule.closest('[data-annotation]')?.getAttribute('data-annotation') ?? 'an annotation';
    for (const t of texts) {
      // The rule's own label beside it does not count; only a rule through the ink does.
      const b = t.box;
      const dy = b.height * 0.2;
      const crosses = r.left < b.right - 1 && r.right > b.left + 1 && r.top < b.bottom - dy && r.bottom > b.top + dy;
      if (!crosses) continue;
      // Annotation labels must clear every other line outright: "October 1|973 War" reads wrong even with a halo.
      const label = t.el.closest('[data-annotation], .dm-callouts');
      if (label) {
        if (label.getAttribute('data-annotation') === name) continue;
        problems.push(`annotation line ${name} crosses the annotation label ${quote(t)} at ${where(b)}`);
        continue;
      }
      const under = Boolean(rule.compareDocumentPosition(t.el) & Node.DOCUMENT_POSITION_FOLLOWING);
      if (under && haloed(t.el)) continue;
      if (under) {
        const x = Math.max(b.left, Math.min(b.right, (r.left + r.right) / 2));
        const y = Math.max(b.top, Math.min(b.bottom, (r.top + r.bottom) / 2));
        const covered = marks.some((m) => {
          if (!(rule.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
          const mb = m.getBoundingClientRect();
          return m instanceof SVGRectElement && x >= mb.left && x <= mb.right && y >= mb.top && y <= mb.bottom;
        });
        if (covered) continue;
      }
      problems.push(
        `annotation line ${name} crosses ${quote(t)} at ${where(b)} (${under ? 'under the text, but no halo' : 'drawn over the text'})`,
      );
    }
  }
  return problems;
}

/** The page scrolls sideways, or the chart is wider than its container. */
export function overflowProblems(figure: Element, container: Element = figure.parentElement ?? figure): string[] {
  const problems: string[] = [];
  const doc = figure.ownerDocument.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1)
    problems.push(`the page scrolls sideways: ${doc.scrollWidth} px of content in ${doc.clientWidth} px`);
  const room = container.getBoundingClientRect();
  const fig = figure.getBoundingClientRect();
  if (fig.width > room.width + 1)
    problems.push(`the figure is wider than its container: ${round(fig.width)} px in ${round(room.width)} px`);
  for (const svg of figure.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    if (box.right > fig.right + 1 || box.left < fig.left - 1)
      problems.push(`the chart is wider than its figure: SVG ${where(box)}, figure ${where(fig)}`);
  }
  const plot = figure.querySelector('.dm-plot');
  if (plot && plot.scrollWidth > plot.clientWidth + 1)
    problems.push(`the plot scrolls sideways: ${plot.scrollWidth} px in ${plot.clientWidth} px`);
  return problems;
}

/** A name in the data: its English (Latin-script) form and its Arabic form, if any. */
export interface NameForms {
  en: string;
  ar?: string;
  ru?: string;
}

const LATIN = /[A-Za-z]/;
const tokens = (text: string) => text.split(/[\s,.;:()/–-]+/).filter((w) => w.length >= 3 && LATIN.test(w));

/**
 * In Arabic, texts in Latin script that are (part of) a name the data has
 * an Arabic form for: "Brezhnev" or "L. Brezhnev" where the data has "ليونيد بريجنيف".
 */
export function latinNames(texts: readonly SeenText[], names: readonly NameForms[]): string[] {
  const withArabic = names.filter((n) => n.ar).map((n) => ({ words: new Set(tokens(n.en)), ar: n.ar as string }));
  const problems: string[] = [];
  for (const t of texts) {
    if (!LATIN.test(t.text)) continue;
    const words = tokens(t.text);
    // A name, or a short form of one: every Latin word of the text is a word of the same name.
    const name = words.length ? withArabic.find((n) => words.every((w) => n.words.has(w))) : undefined;
    if (name) problems.push(`Latin-script name ${quote(t)} where the data has "${name.ar}"`);
  }
  return problems;
}

/** A name's words in every language it is written in. */
const wordsOf = (names: readonly NameForms[]) => {
  const words = new Set<string>();
  for (const n of names)
    for (const form of Object.values(n))
      if (typeof form === 'string') for (const w of form.split(/[\s,.;:()«»"/]+/)) if (w) words.add(w);
  return words;
};

/**
 * Names cut without an ellipsis: a word that begins a word of a name in the
 * data but is no word of any ("Gorbache" for "Gorbachev"). A cut name must
 * end in "…", or be left out.
 */
export function cutNames(texts: readonly SeenText[], names: readonly NameForms[]): string[] {
  const words = wordsOf(names);
  const problems: string[] = [];
  for (const t of texts) {
    for (const w of t.text.split(/[\s,;:()«»"/]+/)) {
      // Names begin with a capital in Latin and Cyrillic script; Arabic has none.
      if (w.length < 3 || !/^[\p{Lu}\p{Script=Arabic}]/u.test(w)) continue;
      if (w.endsWith('…') || w.endsWith('.') || /\d/.test(w) || words.has(w)) continue;
      const whole = [...words].find((name) => name.length > w.length && name.startsWith(w));
      if (whole) problems.push(`name cut without an ellipsis: ${quote(t)} ("${w}" of "${whole}")`);
    }
  }
  return problems;
}

/** In Arabic, texts with Western digits: the axis writes ١٩٨٠, so a label must not write 1980. */
export function westernDigits(texts: readonly SeenText[]): string[] {
  return texts.filter((t) => /[0-9]/.test(t.text)).map((t) => `Western digits in Arabic: ${quote(t)}`);
}

/** The first column of each CSV record (quotes and line breaks in fields handled). */
export function firstColumn(csv: string): string[] {
  const out: string[] = [];
  let field = '';
  let first = true;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        if (first) field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else if (first) field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') first = false;
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      out.push(field);
      field = '';
      first = true;
    } else if (first) field += ch;
  }
  if (field || !first) out.push(field);
  return out;
}

/** The file the "Get the data" link offers, as text, or a problem. */
export async function downloadedCsv(figure: Element): Promise<{ text?: string; problem?: string }> {
  const link = figure.querySelector<HTMLAnchorElement>('a.dm-download');
  if (!link) return { problem: 'no "Get the data" link' };
  const before = link.getAttribute('href') ?? '';
  const real = /^(blob|data):/.test(before);
  if (!real) {
    // Reach for it as a reader would, so a link built on focus still gets read.
    link.dispatchEvent(new FocusEvent('focus'));
    link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    link.dispatchEvent(new PointerEvent('pointerenter'));
  }
  const href = link.getAttribute('href') ?? '';
  if (!/^(blob|data):/.test(href)) return { problem: `the "Get the data" link points to "${href}", not to a file` };
  let text: string;
  try {
    text = await (await fetch(href)).text();
  } catch {
    return { problem: `the "Get the data" link's file ${href} cannot be read (revoked while still linked?)` };
  }
  return {
    text: text.replace(/^\uFEFF/, ''),
    problem: real ? undefined : `the "Get the data" link is "${before}" until the reader reaches for it`,
  };
}

/** The CSV's `id` column against the records the marks draw (`data-records` on `.dm-marks`). */
export async function csvProblems(figure: Element): Promise<string[]> {
  const problems: string[] = [];
  const marks = figure.querySelector('.dm-marks');
  const drawnList = marks?.getAttribute('data-records');
  if (drawnList == null) return ['the marks do not say which records they draw (data-records on .dm-marks)'];
  const { text, problem } = await downloadedCsv(figure);
  if (problem) problems.push(problem);
  if (text === undefined) return problems;
  const [header, ...ids] = firstColumn(text);
  if (header !== 'id') return [...problems, `the CSV's first column is "${header}", not "id"`];
  const drawn = new Set(drawnList.split(' ').filter(Boolean));
  const inFile = new Set(ids);
  const extra = [...inFile].filter((id) => !drawn.has(id));
  const missing = [...drawn].filter((id) => !inFile.has(id));
  const some = (list: string[]) => `${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''}`;
  if (extra.length)
    problems.push(
      `the CSV holds ${extra.length} records not drawn (of ${inFile.size}; drawn ${drawn.size}): ${some(extra)}`,
    );
  if (missing.length) problems.push(`the CSV lacks ${missing.length} records drawn: ${some(missing)}`);
  return problems;
}

/** Lines a tooltip may run to before it covers the chart it explains. */
const TOOLTIP_LINES = 10;

/**
 * The tooltip the keyboard opened (`role="tooltip"`): shown, short (a few lines, not the whole
 * source list), and in the reader's words, never our cataloguing notes or raw addresses.
 */
export function tooltipProblems(): string[] {
  const tip = document.querySelector<HTMLElement>('[role="tooltip"], .dm-tooltip');
  if (!tip) return ['the focused mark shows no tooltip (role="tooltip")'];
  const problems: string[] = [];
  if (tip.getAttribute('role') !== 'tooltip') problems.push('the tooltip has no role="tooltip"');
  const text = tip.textContent ?? '';
  const style = getComputedStyle(tip);
  const lineHeight = Number.parseFloat(style.lineHeight) || 18;
  const inner = tip.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
  const lines = Math.round(inner / lineHeight);
  if (lines > TOOLTIP_LINES)
    problems.push(`the tooltip runs to ${lines} lines (at most ${TOOLTIP_LINES}): "${text.slice(0, 80)}…"`);
  if (/\[untitled|https?:\/\/|www\./i.test(text))
    problems.push(`the tooltip prints a cataloguing note or address: "${text.slice(0, 120)}"`);
  return problems;
}

const centre = (el: Element | null) => {
  if (!el) return null;
  const b = el.getBoundingClientRect();
  return { x: b.left + b.width / 2, y: b.top + b.height / 2, records: el.getAttribute('data-records') ?? '' };
};

// One task later React has drawn the key's move (a microtask is too soon; setTimeout is clamped to 4 ms).
const settle = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Arrow keys, Home and End on the chart's marks: each is handled
 * (`defaultPrevented`, so the page never scrolls, even where the cursor
 * cannot move further) and moves the cursor in reading order: a horizontal
 * arrow moves the way it points, or (at the end of a row) on to the next
 * row for the key that reads forward (ArrowRight, ArrowLeft in Arabic)
 * and back for the other; ArrowDown never moves up, ArrowUp never down.
 */
export async function keyboardProblems(figure: Element, rtl: boolean, presses = 6): Promise<string[]> {
  const problems: string[] = [];
  const marks = figure.querySelector<SVGGElement>('.dm-marks');
  if (!marks) return ['no focusable marks (.dm-marks)'];
  marks.focus({ preventScroll: true });
  await settle();
  const scroll = { x: window.scrollX, y: window.scrollY };
  const ring = () => centre(figure.querySelector('.dm-focus-ring'));
  if (!ring()) problems.push('focusing the chart shows no focus ring (.dm-focus-ring)');
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  let arrowMoves = 0;
  const press = async (key: string) => {
    const before = ring();
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    marks.dispatchEvent(event);
    await settle();
    const after = ring();
    if (!event.defaultPrevented) problems.push(`${key} is not handled (the page would scroll)`);
    if (!before || !after || (before.records === after.records && before.x === after.x && before.y === after.y)) return;
    if (key.startsWith('Arrow')) arrowMoves++;
    const dx = after.x - before.x;
    const dy = after.y - before.y;
    const moved = `${key} moved from ${round(before.x)},${round(before.y)} to ${round(after.x)},${round(after.y)}`;
    const wrapsOn = (key === forward ? dy > 0 : dy < 0) && Math.abs(dy) >= 1;
    if (key === 'ArrowRight' && !(dx > 0.5) && !wrapsOn) problems.push(`${moved}: not to the right`);
    if (key === 'ArrowLeft' && !(dx < -0.5) && !wrapsOn) problems.push(`${moved}: not to the left`);
    if (key === 'ArrowDown' && dy < -0.5) problems.push(`${moved}: up`);
    if (key === 'ArrowUp' && dy > 0.5) problems.push(`${moved}: down`);
  };
  await press('Home');
  const first = ring();
  problems.push(...tooltipProblems());
  for (let i = 0; i < presses; i++) await press(forward);

  await press('ArrowUp');
  await press('ArrowDown');
  await press('End');
  const last = ring();
  // At the end: nowhere to go, and still no scrolling.
  await press(forward);
  await press('ArrowDown');
  for (let i = 0; i < 2; i++) await press(rtl ? 'ArrowRight' : 'ArrowLeft');
  await press('Home');
  await press(rtl ? 'ArrowRight' : 'ArrowLeft');
  await press('ArrowUp');
  if (first && last && first.records === last.records && first.x === last.x && first.y === last.y)
    problems.push('Home and End lead to the same mark');
  else if (arrowMoves === 0) problems.push('no arrow key moves the cursor');
  if (window.scrollX !== scroll.x || window.scrollY !== scroll.y)
    problems.push(`the page scrolled from ${scroll.x},${scroll.y} to ${window.scrollX},${window.scrollY}`);
  marks.blur();
  // One problem per kind is enough to read.
  return [...new Set(problems)];
}

/** What to check a chart against. */
export interface ReaderViewOptions {
  /** The locale the chart was drawn in. */
  locale: string;
  /** Names in the data, to catch Latin-script names in Arabic. */
  names?: readonly NameForms[];
  /** People's names in the data, to catch a name cut without an ellipsis. */
  people?: readonly NameForms[];
  /** Where the chart must fit (default: the figure's parent). */
  container?: Element;
  /** Also walk the keyboard and download the CSV (default true). */
  interact?: boolean;
}

/** Every problem a reader would notice in `figure` (a chart's `<figure>`), worded for a failing test. */
export async function readerViewProblems(figure: Element, options: ReaderViewOptions): Promise<string[]> {
  const texts = seenTexts(figure);
  const problems = [
    ...overflowProblems(figure, options.container),
    ...overlappingTexts(texts),
    ...cutTexts(figure, texts),
    ...markersThroughText(figure, texts),
    ...(options.locale === 'ar' ? [...latinNames(texts, options.names ?? []), ...westernDigits(texts)] : []),
    ...lowContrastTexts(figure as HTMLElement).map((t) => `text hard to read: ${t}`),
    ...cutNames(texts, options.people ?? []),
  ];
  if (texts.length === 0) problems.push('no text is drawn');
  if (options.interact !== false) {
    problems.push(...(await csvProblems(figure)));
    problems.push(...(await keyboardProblems(figure, options.locale === 'ar')));
  }
  return problems;
}
