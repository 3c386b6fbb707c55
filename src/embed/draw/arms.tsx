import { ArmsDealBars } from '../../charts/arms/ArmsDealBars.js';
import { armsDeals } from '../../data/armsDeals.js';
import { sources } from '../../data/sources.js';
import type { EmbedProps } from '../mount.js';

export const drawArms = (props: EmbedProps) => <ArmsDealBars {...props} data={{ armsDeals, sources }} />;
