import { sources } from 'virtual:damascus-moscow/sources/arms';
import { drawArms } from './draw/arms.js';
import { mount } from './mount.js';

mount('arms', (props) => drawArms(props, sources));
