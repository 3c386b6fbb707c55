import { type HTMLAttributes, type ReactNode, type Ref, useContext, useEffect, useState } from 'react';
import { directionOf, type Locale, separators } from './locale.js';
import { messages } from './messages.js';
import { safeHref } from './safeHref.js';
import type { SourceCredit } from './sourceLine.js';
import { StaticFrame } from './staticFrame.js';
import { chartCss, type ThemeInput, themeStyle, themes, themeVar } from './theme.js';
import { resolveTheme } from './themeInput.js';

/** The footer and heading props every chart takes. */
export interface FrameProps {
  /** Headline above the chart; also the SVG's accessible name. */
  title?: string;
  /** A line under the headline. */
  subtitle?: string;
  /** Notes printed in the footer. */
  notes?: string;
  /** Who made the graphic, e.g. `'Graphic: J. Doe / Newsroom'`. */
  byline?: string;
  /** How many source credits the footer names before "and N more" (default 4). */
  maxSources?: number;
  /** Set false to leave out the "Get the data" link. */
  download?: boolean;
  /** Colours: `'light'`, `'dark'`, `'print'` or a theme of your own. */
  theme?: ThemeInput;
  /** Language and direction of labels; `'ar'` lays out right to left. */
  locale?: Locale;
}

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps extends FrameProps, Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** The name charts give themselves in class names and file names, e.g. `'tenure-gantt'`. */
  chart: string;
  /** Measured width of the plot area's container; fixed `width` goes here too. */
  width: number;
  /** Where the width is measured (only when filling the parent). */
  plotRef?: Ref<HTMLDivElement>;
  /** Credits for the records shown. */
  credits: readonly SourceCredit[];
  /** The CSV of the records shown, built only when needed. */
  csv: () => string;
  /** The SVG. */
  children: ReactNode;
  /** The visually hidden data table. */
  table?: ReactNode;
  /** The tooltip. */
  tooltip?: ReactNode;

  /** Filled width (no `width` prop): the figure spans its container. */
  fill: boolean;
}

/** Padding of a frame that shows its own background (the dark theme on a light page). */
export const FRAME_PADDING = 12;

/** Whether a theme's background is dark: its frame then stands out from most pages and needs padding. */
export function framed(theme: ThemeInput): boolean {
  const background = (typeof theme === 'string' ? themes[theme] : theme)?.background ?? '';
  const m = /^#([0-9a-f]{6})$/i.exec(background);
  if (!m) return false;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(m[1].slice(i, i + 2), 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

const CSV_TYPE = 'text/csv;charset=utf-8';
/** Milliseconds an old file address stays readable after the chart has made a new one. */
const REVOKE_AFTER = 10_000;
// A byte-order mark so Excel reads Arabic and Cyrillic as UTF-8.
const csvFile = (csv: () => string) => new Blob([`\uFEFF${csv()}`], { type: CSV_TYPE });

/**
 * The address of the CSV of the records shown: a blob: URL made once the
 * chart is in the page, so the link is a real file before the reader
 * reaches for it. Not in the server's markup: inlined, the visits alone
 * would add 100 kB to every page.
 */
function useCsvAddress(csv: () => string, enabled: boolean): string | undefined {
  const [address, setAddress] = useState<string>();
  useEffect(() => {
    if (!enabled || typeof URL.createObjectURL !== 'function') return;
    const url = URL.createObjectURL(csvFile(csv));
    setAddress(url);
    return () => {
      // Later, not now: a reader may have clicked the old address a moment before the chart drew again.
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER);
    };
  }, [csv, enabled]);
  return address;
}

/**
 * The figure every chart sits in: headline, subtitle, the plot, the hidden
 * data table, and a footer with sources, notes, byline and the data link.
 */
export function ChartFrame({
  chart,
  title,
  subtitle,
  notes,
  byline,
  maxSources: maxSourcesProp,
  download = true,
  theme: themeProp,
  locale = 'en',
  width,
  plotRef,
  credits,
  csv,
  children,
  table,
  tooltip,
  fill,
  className,
  style,
  ...rest
}: ChartFrameProps) {
  const record = useContext(StaticFrame);
  // Any theme object lies over the light preset; an unknown preset name is the light one.
  const resolved = resolveTheme(themeProp);
  const theme = resolved.name === 'custom' ? resolved.theme : resolved.name;
  const maxSources = typeof maxSourcesProp === 'number' && maxSourcesProp >= 0 ? maxSourcesProp : 4;
  const address = useCsvAddress(csv, download && !record);
  if (record) {
    // A static export: the renderer draws headline and footer inside the SVG.
    Object.assign(record, { title, subtitle, notes, byline, maxSources, credits, theme, locale });
    return <>{children}</>;
  }
  const words = messages[locale] ?? messages.en;
  const custom = resolved.name === 'custom' ? themeStyle(resolved.theme) : undefined;
  const inset = framed(resolved.theme) ? FRAME_PADDING : 0;
  // Before the address is made (or where there is no URL.createObjectURL), the file is made as the reader reaches for it.
  const prepare = (event: { currentTarget: HTMLAnchorElement }) => {
    const link = event.currentTarget;
    if (/^(blob|data):/.test(link.href) || typeof URL.createObjectURL !== 'function') return;
    link.href = URL.createObjectURL(csvFile(csv));
    link.download = `${chart}.csv`;
  };
  const shown = credits.slice(0, maxSources);
  const more = credits.length - shown.length;
  const small = { fontSize: 12, color: themeVar('muted'), margin: '4px 0 0' };
  return (
    <figure
      {...rest}
      className={['dm-chart', `dm-${chart}`, className].filter(Boolean).join(' ')}
      data-theme={resolved.name}
      dir={directionOf(locale)}
      lang={locale}
      style={{
        ...custom,
        // A frame in its own dark colour needs room around its text; `width` stays the chart's.
        padding: inset || undefined,
        boxSizing: 'border-box',
        width: fill ? '100%' : width + 2 * inset,
        maxWidth: '100%',
        ...style,
      }}
    >
      {title || subtitle ? (
        <figcaption style={{ marginBottom: 8 }}>
          {title ? <div style={{ fontSize: 18, fontWeight: 700, lineHeight: 1.25 }}>{title}</div> : null}
          {subtitle ? <div style={{ fontSize: 14, color: themeVar('muted'), marginTop: 2 }}>{subtitle}</div> : null}
        </figcaption>
      ) : null}
      <div
        ref={plotRef}
        className="dm-plot"
        style={{ position: 'relative', width: '100%', contain: 'inline-size', overflowX: 'auto' }}
      >
        <style>{chartCss()}</style>
        {children}
        {tooltip}
      </div>
      {table}
      {/* Not <footer>: outside sectioning content it is a page landmark, and a story may hold many charts. */}
      <div className="dm-footer" style={{ marginTop: 6 }}>
        {credits.length ? (
          <p style={small}>
            {words.sources}:{' '}
            {shown.map((c, i) => (
              <span key={c.label}>
                {i ? separators(locale).semicolon : ''}
                {safeHref(c.url) ? <a href={safeHref(c.url)}>{c.label}</a> : c.label}
              </span>
            ))}
            {more > 0 ? ` ${words.andMore(more)}` : ''}
            {'.'}
          </p>
        ) : null}
        {notes ? (
          <p style={small}>
            {words.notes}: {notes}
          </p>
        ) : null}
        {byline || download ? (
          <p style={small}>
            {byline ? <span>{byline}</span> : null}
            {byline && download ? ' · ' : null}
            {download ? (
              <a
                href={address}
                download={address ? `${chart}.csv` : undefined}
                className="dm-download"
                onClick={prepare}
                onFocus={prepare}
                onPointerEnter={prepare}
              >
                {words.getData} (CSV)
              </a>
            ) : null}
          </p>
        ) : null}
      </div>
    </figure>
  );
}
