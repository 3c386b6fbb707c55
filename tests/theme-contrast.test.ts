import { describe, expect, it } from 'vitest';
import { contrast, edgeFor, NON_TEXT_CONTRAST, THEME_NAMES, themes } from '../src/charts/kit/theme';

// WCAG 2.1, 1.4.11 non-text contrast: a bar or a cell stands 3 : 1 from the page, or its outline does.
describe('every mark colour of every theme stands out from the page', () => {
  for (const name of THEME_NAMES) {
    const theme = themes[name];
    const sets = {
      palette: theme.palette,
      sequential: theme.sequential ?? [],
      status: theme.status ?? [],
    };
    for (const [set, colours] of Object.entries(sets)) {
      it(`${name}: each ${set} colour, or its outline, reaches 3 : 1 on ${theme.background}`, () => {
        expect(colours.length).toBeGreaterThan(0);
        for (const colour of colours) {
          const edge = edgeFor(colour, theme.background, theme.text);
          const best = Math.max(contrast(colour, theme.background), contrast(edge, theme.background));
          expect(best, `${colour} (outline ${edge})`).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
          // Where the fill alone is too faint, the outline is another colour.
          if (contrast(colour, theme.background) < NON_TEXT_CONTRAST) expect(edge).not.toBe(colour);
        }
      });
    }
  }

  it('measures contrast as WCAG does: the issue’s figures for Okabe–Ito on white', () => {
    expect(contrast('#E69F00', '#ffffff')).toBeCloseTo(2.25, 2);
    expect(contrast('#56B4E9', '#ffffff')).toBeCloseTo(2.31, 2);
    expect(contrast('#F0E442', '#ffffff')).toBeCloseTo(1.32, 2);
    expect(contrast('#000000', '#ffffff')).toBe(21);
  });

  it('keeps the outline in the fill’s own hue, only as dark (or light) as it must be', () => {
    expect(edgeFor('#0072B2', '#ffffff', '#1a1a1a')).toBe('#0072B2');
    const edge = edgeFor('#E69F00', '#ffffff', '#1a1a1a');
    expect(contrast(edge, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(edge, '#ffffff')).toBeLessThan(4);
    // Still an orange: red above blue.
    expect(Number.parseInt(edge.slice(1, 3), 16)).toBeGreaterThan(Number.parseInt(edge.slice(5, 7), 16));
  });

  it('writes every outline into the theme as a custom property the charts read', async () => {
    const { themeStyle } = await import('../src/charts/kit/theme');
    for (const name of THEME_NAMES) {
      const style = themeStyle(themes[name]);
      expect(style['--dm-edge-seq-1']).toBe(
        edgeFor(themes[name].sequential?.[0] ?? '', themes[name].background, themes[name].text),
      );
      expect(style['--dm-edge-status-2']).toMatch(/^#[0-9a-f]{6}$/i);
      expect(style['--dm-edge-palette-4']).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });
});
