import { people } from 'virtual:damascus-moscow/people';
import { sources } from 'virtual:damascus-moscow/sources/gantt';
import { tenures } from '../data/tenures.js';
import { drawGantt } from './draw/gantt.js';
import { mount } from './mount.js';

// Each page loads only its chart, the collections it draws and the sources they cite.
mount('gantt', (props, own, events) => drawGantt(props, { events, ...(own ?? { tenures, people, sources }) } as never));
