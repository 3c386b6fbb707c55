import { sources } from 'virtual:damascus-moscow/sources/heatmap';
import { drawHeatmap } from './draw/heatmap.js';
import { mount } from './mount.js';

mount('heatmap', (props) => drawHeatmap(props, sources));
