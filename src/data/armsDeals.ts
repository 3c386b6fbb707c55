import type { ArmsDeal } from './types.js';

/** Arms requests, refusals, agreements and deliveries. Filled in by the dataset work (issue 3). */
export const armsDeals: ArmsDeal[] = [];
