import { drawHeatmap } from './draw/heatmap.js';
import { mount } from './mount.js';

mount('heatmap', drawHeatmap);
