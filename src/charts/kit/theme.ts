/**
 * Chart colours and type as CSS custom properties. Presets are written with
 * zero specificity, so a newsroom stylesheet overrides any of them with a
 * plain rule such as `.dm-chart { --dm-accent: #c00 }`.
 */

/** The colours and font every chart reads, each one a CSS custom property. */
export interface Theme {
  /** Background of the figure. */
  background: string;
  /** Text and strong marks. */
  text: string;
  /** Secondary text: subtitles, axis labels, the footer. */
  muted: string;
  /** Grid lines, axis lines, borders. */
  grid: string;
  /** Highlight and keyboard focus. */
  accent: string;
  /** Categorical colours, distinguishable with colour-blindness (Okabe–Ito by default). */
  palette: readonly string[];
  /** Font stack. */
  font: string;
  /**
   * Sequential colours for counts, lightest (fewest) to strongest (most),
   * five steps; readable and colour-blind-safe. Defaults to the light preset's.
   */
  sequential?: readonly string[];
  /**
   * Colours of the arms deals' statuses: delivered, agreed, requested,
   * refused. Defaults to the light preset's.
   */
  status?: readonly string[];
}

/** The preset themes' names. */
export const THEME_NAMES = ['light', 'dark', 'print'] as const;

/** A preset name or a theme of your own. */
export type ThemeInput = (typeof THEME_NAMES)[number] | Theme;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, Arial, sans-serif';

// Okabe & Ito (2008), the usual colour-blind-safe categorical set.
const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];
// ColorBrewer YlGnBu: one hue path that stays in order for every kind of colour vision.
const YLGNBU = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'];
// Statuses, from Okabe–Ito: supplied in blues (delivered strong, agreed light), asked for in orange,
// refused in vermillion (and hatched, so it never rests on hue alone).
const STATUS = ['#0072B2', '#56B4E9', '#E69F00', '#D55E00'];

/** The preset themes. */
export const themes: Record<'light' | 'dark' | 'print', Theme> = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    muted: '#595959',
    grid: '#d9d9d9',
    accent: '#b3003c',
    palette: OKABE_ITO,
    font: FONT,
    sequential: YLGNBU,
    status: STATUS,
  },
  dark: {
    background: '#141414',
    text: '#f2f2f2',
    muted: '#b3b3b3',
    grid: '#404040',
    accent: '#ff7aa8',
    palette: ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#F0E442', '#0072B2', '#D55E00', '#ffffff'],
    font: FONT,
    // Viridis from its middle up: more visits read brighter on a dark page.
    sequential: ['#31688e', '#26828e', '#35b779', '#90d743', '#fde725'],
    status: ['#56B4E9', '#0072B2', '#E69F00', '#D55E00'],
  },
  // Black on white, patterns carry meaning where colour cannot; neighbouring greys far apart,
  // so stacked kinds stay distinct on paper.
  print: {
    background: '#ffffff',
    text: '#000000',
    muted: '#333333',
    grid: '#999999',
    accent: '#000000',
    palette: ['#000000', '#999999', '#555555', '#cccccc', '#333333', '#777777', '#e0e0e0', '#1a1a1a'],
    font: 'Georgia, "Times New Roman", "Noto Serif", serif',
    sequential: ['#d9d9d9', '#b3b3b3', '#808080', '#4d4d4d', '#1a1a1a'],
    // Black, a mid grey and a light grey far apart on paper; refusals are hatched.
    status: ['#000000', '#767676', '#c8c8c8', '#000000'],
  },
};

/** `var(--dm-…)` for a theme colour, with the light preset as the fallback. */
export const themeVar = (name: Exclude<keyof Theme, 'palette'>): string => `var(--dm-${name}, ${themes.light[name]})`;

/** `var(--dm-palette-N)` for the nth categorical colour. */
export const paletteVar = (index: number): string => {
  const i = index % OKABE_ITO.length;
  return `var(--dm-palette-${i}, ${OKABE_ITO[i]})`;
};

const luminance = (color: string): number | null => {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m) return null;
  const channel = (i: number) => {
    const c = Number.parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
};

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21); NaN for other forms. */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return Number.NaN;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Marks (bars, cells) need this contrast with the background, or an outline that has it (WCAG 1.4.11). */
export const NON_TEXT_CONTRAST = 3;

/**
 * The outline a mark of `fill` needs on `background`: none (the fill itself)
 * where the fill reaches 3 : 1, else the fill's own hue mixed towards
 * `ink` (the theme's text colour) until it does.
 */
export function edgeFor(fill: string, background: string, ink: string): string {
  if (!(contrast(fill, background) < NON_TEXT_CONTRAST)) return fill;
  const hex = (c: string, i: number) => Number.parseInt(c.slice(1 + i * 2, 3 + i * 2), 16);
  for (let t = 0.05; t <= 1; t += 0.05) {
    const mixed = `#${[0, 1, 2]
      .map((i) =>
        Math.round(hex(fill, i) * (1 - t) + hex(ink, i) * t)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    if (contrast(mixed, background) >= NON_TEXT_CONTRAST + 0.05) return mixed;
  }
  return ink;
}

/** Black or white, whichever reads better on a `#rrggbb` colour (WCAG relative luminance). */
export function textOn(color: string): '#000000' | '#ffffff' {
  const l = luminance(color);
  if (l === null) return '#000000';
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/** `var(--dm-on-palette-N)`: the text colour for labels on the nth categorical colour. */
export const onPaletteVar = (index: number): string => {
  const i = index % OKABE_ITO.length;
  return `var(--dm-on-palette-${i}, ${textOn(OKABE_ITO[i])})`;
};

/** `var(--dm-edge-palette-N)`: the outline of marks in the nth categorical colour (see {@link edgeFor}). */
export const paletteEdgeVar = (index: number): string => {
  const i = index % OKABE_ITO.length;
  return `var(--dm-edge-palette-${i}, ${edgeFor(OKABE_ITO[i], themes.light.background, themes.light.text)})`;
};

/** `var(--dm-status-N)`: the colour of status N (delivered, agreed, requested, refused). */
export const statusVar = (index: number): string => {
  const i = Math.max(0, Math.min(STATUS.length - 1, index));
  return `var(--dm-status-${i}, ${STATUS[i]})`;
};

/** `var(--dm-edge-status-N)`: the outline of marks in status colour N (see {@link edgeFor}). */
export const statusEdgeVar = (index: number): string => {
  const i = Math.max(0, Math.min(STATUS.length - 1, index));
  return `var(--dm-edge-status-${i}, ${edgeFor(STATUS[i], themes.light.background, themes.light.text)})`;
};

/** `var(--dm-edge-seq-N)`: the outline of cells in step N of the sequential ramp (see {@link edgeFor}). */
export const seqEdgeVar = (step: number): string => {
  const i = Math.max(1, Math.min(YLGNBU.length, step));
  return `var(--dm-edge-seq-${i}, ${edgeFor(YLGNBU[i - 1], themes.light.background, themes.light.text)})`;
};

/** `var(--dm-seq-N)` for step N (1–5) of the sequential ramp. */
export const seqVar = (step: number): string => {
  const i = Math.max(1, Math.min(YLGNBU.length, step));
  return `var(--dm-seq-${i}, ${YLGNBU[i - 1]})`;
};

/** `var(--dm-on-seq-N)`: the text colour for counts on step N of the sequential ramp. */
export const onSeqVar = (step: number): string => {
  const i = Math.max(1, Math.min(YLGNBU.length, step));
  return `var(--dm-on-seq-${i}, ${textOn(YLGNBU[i - 1])})`;
};

const declarations = (theme: Theme): string => {
  const edge = (c: string) => edgeFor(c, theme.background, theme.text);
  return [
    `--dm-background:${theme.background}`,
    `--dm-text:${theme.text}`,
    `--dm-muted:${theme.muted}`,
    `--dm-grid:${theme.grid}`,
    `--dm-accent:${theme.accent}`,
    `--dm-font:${theme.font}`,
    ...theme.palette.map((c, i) => `--dm-palette-${i}:${c}`),
    ...theme.palette.map((c, i) => `--dm-on-palette-${i}:${textOn(c)}`),
    ...(theme.sequential ?? []).map((c, i) => `--dm-seq-${i + 1}:${c}`),
    ...(theme.sequential ?? []).map((c, i) => `--dm-on-seq-${i + 1}:${textOn(c)}`),
    ...theme.palette.map((c, i) => `--dm-edge-palette-${i}:${edge(c)}`),
    ...(theme.sequential ?? []).map((c, i) => `--dm-edge-seq-${i + 1}:${edge(c)}`),
    ...(theme.status ?? []).map((c, i) => `--dm-status-${i}:${c}`),
    ...(theme.status ?? []).map((c, i) => `--dm-edge-status-${i}:${edge(c)}`),
  ].join(';');
};

/** The custom properties of a theme as an inline style object. */
export function themeStyle(theme: Theme): Record<string, string> {
  const style: Record<string, string> = {};
  for (const d of declarations(theme).split(';')) {
    const at = d.indexOf(':');
    style[d.slice(0, at)] = d.slice(at + 1);
  }
  return style;
}

let css: string | undefined;

/**
 * The stylesheet a chart carries, built once: the presets (at zero
 * specificity, through `:where`) and no motion under `prefers-reduced-motion`.
 */
export const chartCss = (): string => {
  css ??= [
    ...(['light', 'dark', 'print'] as const).map(
      (name) => `:where(.dm-chart[data-theme="${name}"]){${declarations(themes[name])}}`,
    ),
    '.dm-chart{background:var(--dm-background);color:var(--dm-text);font-family:var(--dm-font);margin:0;position:relative;min-width:0}',
    '.dm-chart a{color:inherit}',
    '@media (prefers-reduced-motion:reduce){.dm-chart *{transition:none!important;animation:none!important}}',
  ].join('\n');
  return css;
};
