import { TenureGantt } from '../../charts/gantt/TenureGantt.js';
import { people } from '../../data/people.js';
import { tenures } from '../../data/tenures.js';
import type { Source } from '../../data/types.js';
import type { EmbedProps } from '../mount.js';

// Each page loads only its chart, the collections it draws and the sources they cite.
export const drawGantt = (props: EmbedProps, sources: readonly Source[]) => (
  <TenureGantt {...props} data={{ tenures, people, sources }} />
);
