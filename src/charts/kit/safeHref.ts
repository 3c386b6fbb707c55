/**
 * A source's address as a link target, or undefined when it is not a web
 * address: only `http:` and `https:` become links. A dataset may hold
 * anything, and React 18 (which we support) still renders `javascript:` links.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  let parsed: URL;
  try {
    // Parsed as a browser would, so tabs, newlines and case in the scheme fool nothing.
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}
