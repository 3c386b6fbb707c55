/**
 * Markup written as a string, for the few places where a chart emits
 * thousands of plain elements (names on a dense chart, the hidden table):
 * React spends far longer per element than the string takes to build.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/** Text or an attribute value escaped as React escapes it, so the markup is the same either way. */
export const escapeMarkup = (text: string): string =>
  /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]) : text;
