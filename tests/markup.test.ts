import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY, escapeMarkup, joinMarkup, markup, rawHtml, SafeMarkup } from '../src/charts/kit/markup';
import { safeHref } from '../src/charts/kit/safeHref';

describe('markup`…`', () => {
  it('escapes text and attribute values as React does, and leaves markup as it is', () => {
    const name = `<b onload="x">Tom & 'Jerry'</b>`;
    const m = markup`<text x="${1.5}" data-name="${name}">${name}</text>`;
    expect(m.html).toBe(
      '<text x="1.5" data-name="&lt;b onload=&quot;x&quot;&gt;Tom &amp; &#x27;Jerry&#x27;&lt;/b&gt;">&lt;b onload=&quot;x&quot;&gt;Tom &amp; &#x27;Jerry&#x27;&lt;/b&gt;</text>',
    );
    const inner = markup`<tspan>${'a<b'}</tspan>`;
    expect(markup`<text>${inner}${[inner, inner]}</text>`.html).toBe(
      '<text><tspan>a&lt;b</tspan><tspan>a&lt;b</tspan><tspan>a&lt;b</tspan></text>',
    );
    expect(markup`<g${false}${null}${undefined}>${EMPTY}</g>`.html).toBe('<g></g>');
    expect(joinMarkup([markup`<a/>`, markup`<b/>`], markup`\n`).html).toBe('<a/>\n<b/>');
  });

  it('never lets a tag or an attribute out of any text put into it', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { html } = markup`<text title="${text}">${text}</text>`;
        expect(html).toBe(`<text title="${escapeMarkup(text)}">${escapeMarkup(text)}</text>`);
        expect(escapeMarkup(text)).not.toMatch(/[<>"']/);
        expect(html.match(/[<>]/g)?.length).toBe(4);
        expect(html.match(/"/g)?.length).toBe(2);
      }),
    );
  });

  it('is made by the tag only, and dangerouslySetInnerHTML takes nothing else', () => {
    const userText = '<img src=x onerror=alert(1)>';
    // @ts-expect-error a string is not SafeMarkup: raw markup must come from markup`…`.
    expect(() => rawHtml(`<b>${userText}</b>`)).toThrow(TypeError);
    // @ts-expect-error the constructor is not for callers.
    expect(() => new SafeMarkup(Symbol('forged'), userText)).toThrow(TypeError);
    expect(rawHtml(markup`<b>${userText}</b>`)).toEqual({ __html: '<b>&lt;img src=x onerror=alert(1)&gt;</b>' });
  });
});

describe('safeHref', () => {
  it('links web addresses only', () => {
    expect(safeHref('https://example.org/a?b=1#c')).toBe('https://example.org/a?b=1#c');
    expect(safeHref(' http://example.org ')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//example.org',
      'example.org',
      '',
      undefined,
      42,
    ])
      expect(safeHref(bad), String(bad)).toBeUndefined();
  });

  it('answers a web address or nothing, for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `javascript:${s}`),
        ),
        (text) => {
          const href = safeHref(text);
          if (href !== undefined) expect(['http:', 'https:']).toContain(new URL(href).protocol);
        },
      ),
    );
  });
});
