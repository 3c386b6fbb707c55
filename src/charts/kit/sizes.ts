/** Text size of every label a chart draws, in px. */
export const FONT_SIZE = 11;
/** Rows in a chart's hidden table; the CSV link carries every record. */
export const TABLE_ROWS = 1000;
/** A day in milliseconds. */
export const DAY = 86_400_000;

/** A coordinate rounded to a tenth of a pixel: shorter markup, and the same on server and client. */
export const rounded = (value: number): number => Math.round(value * 10) / 10;

/** The start of today (or of `today`), in whole UTC days, so a server render and the browser's hydration agree. */
export function startOfToday(today?: Date): number {
  const t = today instanceof Date && Number.isFinite(today.getTime()) ? today.getTime() : Date.now();
  return Math.floor(t / DAY) * DAY;
}
