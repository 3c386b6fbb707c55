/**
 * d3-time-format's `utcFormat` for the en-US locale d3 defaults to, for the
 * directives a time scale's `tickFormat()` uses and the common ones beside
 * them. The bundled time scale (see scale.ts) takes it in place of
 * d3-time-format, whose parser and full locale cost about 3 kB gzipped in
 * every chart that never formats a tick through d3 (ours format with Intl).
 * tests/d3-shims.test.ts checks it against d3-time-format, date by date.
 */
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// As d3 pads: the sign, then the digits padded to the width.
const pad = (n: number, width = 2, fill = '0') => (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(width, fill);

const DIRECTIVES: Record<string, (d: Date) => string> = {
  a: (d) => DAYS[d.getUTCDay()].slice(0, 3),
  A: (d) => DAYS[d.getUTCDay()],
  b: (d) => MONTHS[d.getUTCMonth()].slice(0, 3),
  B: (d) => MONTHS[d.getUTCMonth()],
  d: (d) => pad(d.getUTCDate()),
  e: (d) => pad(d.getUTCDate(), 2, ' '),
  H: (d) => pad(d.getUTCHours()),
  I: (d) => pad(d.getUTCHours() % 12 || 12),
  L: (d) => pad(d.getUTCMilliseconds(), 3),
  m: (d) => pad(d.getUTCMonth() + 1),
  M: (d) => pad(d.getUTCMinutes()),
  p: (d) => (d.getUTCHours() < 12 ? 'AM' : 'PM'),
  S: (d) => pad(d.getUTCSeconds()),
  // Years as d3 writes them: the last four (or two) digits.
  y: (d) => pad(d.getUTCFullYear() % 100),
  Y: (d) => pad(d.getUTCFullYear() % 10000, 4),
  '%': () => '%',
};

/** A formatter for `specifier` (d3-time-format syntax), in UTC. */
export function utcFormat(specifier: string): (date: Date | number) => string {
  const parts: (string | ((d: Date) => string))[] = [];
  let text = '';
  for (let i = 0; i < specifier.length; i++) {
    if (specifier[i] !== '%') {
      text += specifier[i];
      continue;
    }
    // d3's padding modifiers (%-d, %_d, %0d) are not needed by the scales; say so rather than misprint.
    const directive = DIRECTIVES[specifier[++i]];
    if (!directive)
      throw new Error(
        `The time scales bundled in damascus-moscow format %${specifier[i] ?? ''} with d3-time-format only: call utcFormat from d3-time-format yourself`,
      );
    if (text) parts.push(text);
    text = '';
    parts.push(directive);
  }
  if (text) parts.push(text);
  return (date) => {
    const d = date instanceof Date ? date : new Date(date);
    let out = '';
    for (const part of parts) out += typeof part === 'string' ? part : part(d);
    return out;
  };
}
