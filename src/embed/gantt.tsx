import { TenureGantt } from '../charts/gantt/TenureGantt.js';
import { people } from '../data/people.js';
import { sources } from '../data/sources.js';
import { tenures } from '../data/tenures.js';
import { mount } from './mount.js';

// Each page loads only its chart and the collections it draws.
mount('gantt', (props) => <TenureGantt {...props} data={{ tenures, people, sources }} />);
