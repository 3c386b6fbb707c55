import type { Event } from './types.js';

/** Treaties, wars, coups, vetoes and other events. Filled in by the dataset work (issue 3). */
export const events: Event[] = [];
