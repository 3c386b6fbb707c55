/**
 * Markup written as a string, for the few places where a chart emits
 * thousands of plain elements (names on a dense chart, the hidden table) or
 * a whole document (the static SVG): React spends far longer per element
 * than the string takes to build.
 *
 * Raw markup only ever travels as {@link SafeMarkup}, which only the
 * {@link markup} tag (escaping every value put into it) and {@link fromReact}
 * make; `dangerouslySetInnerHTML` is only ever given {@link rawHtml} of one.
 * A string interpolated into markup by hand does not type-check.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const ISSUED = Symbol('SafeMarkup');

/** Text or an attribute value escaped as React escapes it, so the markup is the same either way. */
export const escapeMarkup = (text: string): string =>
  /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]) : text;

/** Markup whose every interpolated value was escaped. Make one with {@link markup}. */
export class SafeMarkup {
  readonly html: string;
  /** @internal Use the {@link markup} tag. */
  constructor(issued: typeof ISSUED, html: string) {
    if (issued !== ISSUED) throw new TypeError('SafeMarkup is made by the markup`…` tag only');
    this.html = html;
  }
  toString(): string {
    return this.html;
  }
}

/** What may go into {@link markup}: text and numbers are escaped, markup goes in as it is, nothing is left out. */
export type MarkupValue = string | number | SafeMarkup | readonly SafeMarkup[] | null | undefined | false;

const piece = (value: MarkupValue): string => {
  // Numbers need no escaping; charts put thousands of coordinates into markup.
  if (typeof value === 'number') return String(value);
  if (value == null || value === false) return '';
  if (value instanceof SafeMarkup) return value.html;
  if (Array.isArray(value)) return value.map((part: SafeMarkup) => part.html).join('');
  return escapeMarkup(String(value));
};

/**
 * Escaping tagged template: markup`<text x="${x}">${name}</text>` escapes
 * `x` and `name` as React escapes attributes and text; values that are
 * already {@link SafeMarkup} (or arrays of it) go in unescaped.
 */
export function markup(strings: TemplateStringsArray, ...values: readonly MarkupValue[]): SafeMarkup {
  let html = strings[0];
  for (let i = 0; i < values.length; i++) html += piece(values[i]) + strings[i + 1];
  return new SafeMarkup(ISSUED, html);
}

/** The empty markup. */
export const EMPTY: SafeMarkup = new SafeMarkup(ISSUED, '');

/** Pieces of markup one after another, with `separator` (itself markup) between them. */
export function joinMarkup(parts: readonly SafeMarkup[], separator: SafeMarkup = EMPTY): SafeMarkup {
  return new SafeMarkup(ISSUED, parts.map((part) => part.html).join(separator.html));
}

/**
 * Markup React wrote (`renderToStaticMarkup`): React escaped it. The one
 * way to vouch for a string; only the static export calls it.
 */
export const fromReact = (html: string): SafeMarkup => new SafeMarkup(ISSUED, html);

/** For `dangerouslySetInnerHTML`: takes {@link SafeMarkup} only, never a string. */
export function rawHtml(safe: SafeMarkup): { __html: string } {
  // Also at run time, for callers in plain JavaScript.
  if (!(safe instanceof SafeMarkup)) throw new TypeError('rawHtml takes SafeMarkup made by markup`…`, never a string');
  return { __html: safe.html };
}
