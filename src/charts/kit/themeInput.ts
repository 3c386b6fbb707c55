import { THEME_NAMES, type Theme, type ThemeInput, themes } from './theme.js';

/** A colour or font a stylesheet can take as it is: text that cannot close the declaration it sits in. */
const usable = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && !/[;{}<>]/.test(value);

const colours = (value: unknown, fallback: readonly string[] | undefined, most: number) => {
  const list = Array.isArray(value) ? value.filter(usable).slice(0, most) : [];
  return list.length ? list : fallback;
};

/**
 * The theme a chart draws in, whatever it was given: a preset by name (an
 * unknown name is the light preset), or an object whose usable values are
 * laid over the light preset, so `{ accent: '#c00' }` changes the accent
 * alone and `{}` is the light theme.
 */
export function resolveTheme(
  input: unknown,
): { name: ThemeInput & string; theme: Theme } | { name: 'custom'; theme: Theme } {
  if (typeof input === 'string' || input == null || typeof input !== 'object' || Array.isArray(input)) {
    const name = (THEME_NAMES as readonly unknown[]).includes(input)
      ? (input as (typeof THEME_NAMES)[number])
      : 'light';
    return { name, theme: themes[name] };
  }
  const given = input as Partial<Record<keyof Theme, unknown>>;
  const light = themes.light;
  const pick = (key: 'background' | 'text' | 'muted' | 'grid' | 'accent' | 'font') =>
    usable(given[key]) ? given[key] : light[key];
  return {
    name: 'custom',
    theme: {
      background: pick('background'),
      text: pick('text'),
      muted: pick('muted'),
      grid: pick('grid'),
      accent: pick('accent'),
      font: pick('font'),
      palette: colours(given.palette, light.palette, 16) ?? light.palette,
      sequential: colours(given.sequential, light.sequential, 5),
      status: colours(given.status, light.status, 4),
    },
  };
}
