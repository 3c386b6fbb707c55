import { createContext } from 'react';
import type { Locale } from './locale.js';
import type { SourceCredit } from './sourceLine.js';
import type { ThemeInput } from './theme.js';

/**
 * What a chart's frame holds (headline, footer, theme), handed to the static
 * renderer, which writes it into the SVG document itself: a standalone file
 * has no HTML around it to carry a figcaption or a footer.
 */
export interface FrameRecord {
  title?: string;
  subtitle?: string;
  notes?: string;
  byline?: string;
  maxSources?: number;
  credits?: readonly SourceCredit[];
  theme?: ThemeInput;
  locale?: Locale;
}

/** Set by the static renderer: the frame fills the record in and renders the SVG alone. */
export const StaticFrame = createContext<FrameRecord | null>(null);
