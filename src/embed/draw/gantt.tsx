import type { TenureGanttProps } from '../../charts/gantt/TenureGantt.js';
import { TenureGantt } from '../../charts/gantt/TenureGantt.js';
import type { EmbedProps } from '../mount.js';

export const drawGantt = (props: EmbedProps, data: TenureGanttProps['data']) => <TenureGantt {...props} data={data} />;
