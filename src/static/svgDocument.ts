import { wrap } from '../charts/kit/labels.js';
import { directionOf } from '../charts/kit/locale.js';
import { EMPTY, escapeMarkup, fromReact, joinMarkup, markup, type SafeMarkup } from '../charts/kit/markup.js';
import { messages } from '../charts/kit/messages.js';
import type { FrameRecord } from '../charts/kit/staticFrame.js';
import { type Theme, themeStyle, themes } from '../charts/kit/theme.js';

/** Space around the chart inside the document, in pixels. */
export const PADDING = 12;
const TITLE = 18;
const SUBTITLE = 14;
const SMALL = 12;

/** The theme the chart was drawn in, as values (a document has no stylesheet to resolve presets). */
export const resolveTheme = (theme: FrameRecord['theme']): Theme =>
  typeof theme === 'object' ? theme : (themes[theme ?? 'light'] ?? themes.light);

/**
 * `var(--dm-…)` replaced by the theme's value: PNG renderers and many
 * editors (Illustrator, Inkscape, resvg) do not read CSS custom properties.
 * Values go in escaped, as React escapes attributes.
 */
export function resolveVars(chart: SafeMarkup, theme: Theme): SafeMarkup {
  const values = themeStyle(theme);
  // React's markup with values escaped by escapeMarkup: still React-escaped markup.
  return fromReact(
    chart.html.replace(/var\((--dm-[a-z0-9-]+)(?:,([^()]*))?\)/g, (whole, name: string, fallback?: string) => {
      const value = values[name];
      // A fallback comes from the markup, so it is escaped already.
      return value !== undefined ? escapeMarkup(value) : (fallback?.trim() ?? whole);
    }),
  );
}

/** The inside of the chart's root `<svg>`, without its title and description (the document carries its own). */
export function svgBody(chart: SafeMarkup): { body: SafeMarkup; title: string; description: SafeMarkup } | null {
  const html = chart.html;
  const open = html.indexOf('<svg');
  const close = html.lastIndexOf('</svg>');
  if (open === -1 || close === -1) return null;
  const start = html.indexOf('>', open) + 1;
  let body = html.slice(start, close);
  const grab = (tag: string) => {
    const m = new RegExp(`^<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(body);
    if (!m) return '';
    body = body.slice(m[0].length);
    return m[1];
  };
  const title = grab('title');
  const description = grab('desc');
  // Nothing in a file is focusable or scripted.
  body = body.replace(/ tabindex="[^"]*"/g, '');
  // Slices of React's markup at tag boundaries: still React-escaped.
  return { body: fromReact(body), title, description: fromReact(description) };
}

const fromXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The theme's font stack with faces most Linux machines have before the
 * generic family: PNG renderers such as resvg do not map `serif` or
 * `sans-serif` through fontconfig, and would set a print theme in sans.
 */
export const withLinuxFaces = (stack: string): string =>
  stack
    .replace(/,\s*sans-serif\s*$/, ', DejaVu Sans, Liberation Sans, sans-serif')
    .replace(/,\s*serif\s*$/, ', DejaVu Serif, Liberation Serif, serif')
    // resvg 2.6 skips quoted names; names made of plain words are valid CSS unquoted.
    .replace(/(["'])([A-Za-z][A-Za-z -]*)\1/g, '$2');

/** Input of {@link svgDocument}. */
export interface SvgDocumentInput {
  /** The frame's record, filled in by the chart as it rendered. */
  frame: FrameRecord;
  /** React's markup of the chart's root `<svg>` (see fromReact). */
  chart: SafeMarkup;
  /** Width of the document; the chart was drawn `2 × PADDING` narrower. */
  width: number;
}

/**
 * A standalone SVG document: headline and subtitle, the chart, then the
 * sources, notes and byline, all as SVG text, in the theme's colours and
 * font stack, with `<title>` and `<desc>` for screen readers. No script,
 * no external reference, no CSS custom property.
 */
export function svgDocument({ frame, chart, width }: SvgDocumentInput): string {
  const parsed = svgBody(chart);
  if (!parsed) throw new Error('damascus-moscow/static: the chart drew no SVG.');
  const theme = resolveTheme(frame.theme);
  const locale = frame.locale ?? 'en';
  const words = messages[locale] ?? messages.en;
  const rtl = directionOf(locale) === 'rtl';
  const inner = width - 2 * PADDING;
  const chartHeight = Number(/ height="([\d.]+)"/.exec(chart.html.slice(0, chart.html.indexOf('>')))?.[1] ?? 0);
  const title = frame.title ?? fromXml(parsed.title);

  const lines: { text: string; size: number; y: number; bold?: boolean; muted?: boolean }[] = [];
  let y = PADDING;
  const add = (
    text: string | undefined,
    size: number,
    lineHeight: number,
    style: { bold?: boolean; muted?: boolean },
  ) => {
    if (!text) return;
    // A tenth to spare: widths are estimated, and wide faces such as DejaVu Sans set text wider.
    for (const line of wrap(text, inner * 0.9, size, 8)) {
      y += lineHeight;
      lines.push({ text: line, size, y: y - (lineHeight - size) / 2 - size * 0.2, ...style });
    }
  };
  add(title, TITLE, 23, { bold: true });
  add(frame.subtitle, SUBTITLE, 18, { muted: true });
  if (lines.length) y += 8;
  const chartTop = y;
  y += chartHeight + 6;

  const credits = frame.credits ?? [];
  const shown = credits.slice(0, frame.maxSources ?? 4);
  const more = credits.length - shown.length;
  if (shown.length)
    add(
      `${words.sources}: ${shown.map((c) => c.label).join('; ')}${more > 0 ? ` ${words.andMore(more)}` : ''}.`,
      SMALL,
      16,
      { muted: true },
    );
  if (frame.notes) add(`${words.notes}: ${frame.notes}`, SMALL, 16, { muted: true });
  add(frame.byline, SMALL, 16, { muted: true });
  const height = Math.ceil(y + PADDING);

  const x = rtl ? width - PADDING : PADDING;
  const NL = markup`\n`;
  const text = joinMarkup(
    lines.map(
      (l) =>
        markup`<text x="${x}" y="${l.y.toFixed(1)}" font-size="${l.size}"${l.bold ? markup` font-weight="700"` : EMPTY} fill="${l.muted ? theme.muted : theme.text}">${rtl ? `\u202B${l.text}\u202C` : l.text}</text>`,
    ),
    NL,
  );
  const font = withLinuxFaces(theme.font);
  const anchor = rtl ? 'end' : 'start';
  return joinMarkup(
    [
      markup`<?xml version="1.0" encoding="UTF-8"?>`,
      markup`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="dm-title" aria-describedby="dm-desc" lang="${locale}" font-family="${font}">`,
      markup`<title id="dm-title">${title}</title>`,
      markup`<desc id="dm-desc">${resolveVars(parsed.description, theme)}</desc>`,
      markup`<rect width="100%" height="100%" fill="${theme.background}"/>`,
      // Right to left: lines hang from the right edge, each an embedding (U+202B…U+202C), which
      // browsers and resvg alike read as right to left; the `direction` attribute they do not agree on.
      markup`<g text-anchor="${anchor}">`,
      text,
      markup`</g>`,
      markup`<g transform="translate(${PADDING} ${chartTop})">${resolveVars(parsed.body, theme)}</g>`,
      markup`</svg>`,
      EMPTY,
    ],
    NL,
  ).html;
}
