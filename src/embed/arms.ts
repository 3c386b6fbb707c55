import { drawArms } from './draw/arms.js';
import { mount } from './mount.js';

mount('arms', drawArms);
