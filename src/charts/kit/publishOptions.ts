import type { Locale } from './locale.js';
import type { THEME_NAMES } from './theme.js';

/** What a chart can be asked for from outside code: a command line, an embed page's address. */
export interface PublishOptions {
  theme?: (typeof THEME_NAMES)[number];
  locale?: Locale;
  /** Start of the period shown, a partial date such as `1955`. */
  from?: string;
  /** End of the period shown. */
  to?: string;
  title?: string;
  subtitle?: string;
  byline?: string;
  notes?: string;
}
