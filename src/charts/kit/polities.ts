import type { Locale } from './locale.js';
import { polityName } from './messages.js';

/** Countries drawn as one side by default: the UAR with Syria, Russia with the USSR. */
export const DEFAULT_POLITY_GROUPS: Readonly<Record<string, string>> = {
  SY: 'SY',
  UAR: 'SY',
  SU: 'SU+RU',
  RU: 'SU+RU',
};

/** A country's name in the locale: the user's `polityNames` first, then the package's own, else the code. */
export const countryNamer =
  (polityNames: Readonly<Record<string, string>> | undefined, locale: Locale) =>
  (code: string): string =>
    polityNames?.[code] ?? polityName(code, locale);
