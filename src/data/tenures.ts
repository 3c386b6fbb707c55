import type { Tenure } from './types.js';

export const tenures: Tenure[] = [];
