import { drawGantt } from './draw/gantt.js';
import { mount } from './mount.js';

mount('gantt', drawGantt);
