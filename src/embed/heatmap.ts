import { people } from 'virtual:damascus-moscow/people';
import { sources } from 'virtual:damascus-moscow/sources/heatmap';
import { tenures } from '../data/tenures.js';
import { visits } from '../data/visits.js';
import { drawHeatmap } from './draw/heatmap.js';
import { mount } from './mount.js';

mount('heatmap', (props, own, events) =>
  drawHeatmap(props, { events, ...(own ?? { visits, people, tenures, sources }) } as never),
);
