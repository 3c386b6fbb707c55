import { ArmsDealBars } from '../../charts/arms/ArmsDealBars.js';
import { armsDeals } from '../../data/armsDeals.js';
import type { Source } from '../../data/types.js';
import type { EmbedProps } from '../mount.js';

export const drawArms = (props: EmbedProps, sources: readonly Source[]) => (
  <ArmsDealBars {...props} data={{ armsDeals, sources }} />
);
