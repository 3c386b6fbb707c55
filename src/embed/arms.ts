import { sources } from 'virtual:damascus-moscow/sources/arms';
import { armsDeals } from '../data/armsDeals.js';
import { drawArms } from './draw/arms.js';
import { mount } from './mount.js';

mount('arms', (props, own) => drawArms(props, (own as never) ?? { armsDeals, sources }));
