import type { ArmsDealBarsProps } from '../../charts/arms/ArmsDealBars.js';
import { ArmsDealBars } from '../../charts/arms/ArmsDealBars.js';
import type { EmbedProps } from '../mount.js';

export const drawArms = (props: EmbedProps, data: ArmsDealBarsProps['data']) => <ArmsDealBars {...props} data={data} />;
