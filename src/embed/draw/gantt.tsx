import { TenureGantt } from '../../charts/gantt/TenureGantt.js';
import { people } from '../../data/people.js';
import { sources } from '../../data/sources.js';
import { tenures } from '../../data/tenures.js';
import type { EmbedProps } from '../mount.js';

// Each page loads only its chart and the collections it draws.
export const drawGantt = (props: EmbedProps) => <TenureGantt {...props} data={{ tenures, people, sources }} />;
