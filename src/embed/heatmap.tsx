import { VisitHeatmap } from '../charts/heatmap/VisitHeatmap.js';
import { people } from '../data/people.js';
import { sources } from '../data/sources.js';
import { tenures } from '../data/tenures.js';
import { visits } from '../data/visits.js';
import { mount } from './mount.js';

mount('heatmap', (props) => <VisitHeatmap {...props} data={{ visits, people, tenures, sources }} />);
