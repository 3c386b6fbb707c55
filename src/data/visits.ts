import type { Visit } from './types.js';

/** Official visits between Syria and the USSR/Russia. Filled in by the dataset work (issue 3). */
export const visits: Visit[] = [];
