import type { Tenure } from '../../data/types.js';
import type { GanttLaneSpec } from './layout.js';

/** Offices in the order their lanes come within a country; others after them. */
export const OFFICE_ORDER: readonly string[] = [
  'head-of-state',
  'de-facto-ruler',
  'party-leader',
  'head-of-government',
];
/** Groups first in the lanes' order, whatever the data lists first. */
const FIRST_GROUPS: readonly string[] = ['SY', 'SU+RU'];

/** What the lane specs need: which group a country belongs to, and the words for a lane's label. */
export interface LaneNaming {
  /** Countries drawn in one set of lanes (see `polityGroups`); a country missing here is its own group. */
  polityGroups: Readonly<Record<string, string>>;
  /** A country's (or group's) name. */
  countryName: (code: string) => string;
  /** An office's name. */
  officeName: (office: string) => string;
}

/** Each tenure's lane, aligned with `tenures`, and the lane labels in first appearance. */
export interface LaneSpecs {
  specs: GanttLaneSpec[];
  labels: string[];
}

/**
 * One lane per group of countries and office, in a fixed order (Syria, then
 * the USSR and Russia, then others as they appear; offices by
 * {@link OFFICE_ORDER}), labelled "Syria: Head of state". One spec object is
 * shared by all the tenures of a lane.
 */
export function laneSpecs(tenures: readonly Tenure[], naming: LaneNaming): LaneSpecs {
  const { polityGroups, countryName, officeName } = naming;
  const groupOrder = [...FIRST_GROUPS];
  const lanes = new Map<string, Map<string, GanttLaneSpec>>();
  const labels: string[] = [];
  const specs = new Array<GanttLaneSpec>(tenures.length);
  for (let i = 0; i < tenures.length; i++) {
    const t = tenures[i];
    let byOffice = lanes.get(t.polity);
    if (!byOffice) {
      byOffice = new Map();
      lanes.set(t.polity, byOffice);
    }
    let spec = byOffice.get(t.office);
    if (!spec) {
      const group = polityGroups[t.polity] ?? t.polity;
      if (!groupOrder.includes(group)) groupOrder.push(group);
      const officeIndex = OFFICE_ORDER.indexOf(t.office);
      spec = {
        key: `${group}|${t.office}`,
        group,
        office: t.office,
        label: `${countryName(group)}: ${officeName(t.office)}`,
        order: groupOrder.indexOf(group) * 10 + (officeIndex === -1 ? 9 : officeIndex),
      };
      byOffice.set(t.office, spec);
      if (!labels.includes(spec.label)) labels.push(spec.label);
    }
    specs[i] = spec;
  }
  return { specs, labels };
}
