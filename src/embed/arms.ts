import { sources } from 'virtual:damascus-moscow/sources/arms';
import { armsDeals } from '../data/armsDeals.js';
import { drawArms } from './draw/arms.js';
import { mount } from './mount.js';

// A desk's own records replace the bundled ones; events come only when the address asks for markers.
mount('arms', (props, own, events) => drawArms(props, { events, ...(own ?? { armsDeals, sources }) } as never));
