import { sources } from 'virtual:damascus-moscow/sources/gantt';
import { drawGantt } from './draw/gantt.js';
import { mount } from './mount.js';

mount('gantt', (props) => drawGantt(props, sources));
