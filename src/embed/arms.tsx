import { ArmsDealBars } from '../charts/arms/ArmsDealBars.js';
import { armsDeals } from '../data/armsDeals.js';
import { sources } from '../data/sources.js';
import { mount } from './mount.js';

mount('arms', (props) => <ArmsDealBars {...props} data={{ armsDeals, sources }} />);
