/**
 * What each column of the flat tables holds, for the data package
 * (data/datapackage.json) and anyone documenting a CSV. Kept apart from the
 * columns themselves (table.ts), which every chart carries for its "Get the
 * data" link: a chart's download needs the columns, not their documentation.
 */
import type { CollectionName } from './types.js';

const DATE = ', ISO 8601 at the precision sources give (YYYY, YYYY-MM or YYYY-MM-DD)';
const CONTINUES = 'Id of the earlier record this one continues or amends; sums count the two once';
const LANGUAGES = { en: 'English', ar: 'Arabic', ru: 'Russian' };
const names = (field: string, what: string) =>
  Object.fromEntries(
    Object.entries(LANGUAGES).map(([lang, language]) => [`${field}_${lang}`, `${what} in ${language}`]),
  );
const id = (what: string) => ({ id: `Stable identifier of the ${what}` });
const provenance = {
  sources: 'Source ids with locators, "id (page)" separated by "; " (see sources.csv)',
  confidence: 'verified: independent sources agree; reported: one source; disputed: sources disagree',
  conflicts: 'Values other sources give: "field=value [sources] note" separated by "; "',
  note: "Editor's note",
};

/** Column name → what it holds, for each collection's table. */
// Built in a pure function, so a bundle that never reads the docs leaves them out.
export const columnDocs: Record<CollectionName, Record<string, string>> = /* @__PURE__ */ (() => ({
  sources: {
    ...id('source'),
    kind: 'web, book, article, document or dataset',
    title: 'Title as published',
    author: 'Author(s)',
    publisher: 'Publisher, agency or website, as credited',
    via: 'The mirror, archive or reprint the page was read through, when not the publisher’s own',
    year: 'Year of publication',
    url: 'Web address',
    accessed: `When the page was read${DATE}`,
    note: 'Note on the source',
  },
  people: {
    ...id('person'),
    ...names('name', 'Name'),
    born: `Date of birth${DATE}`,
    died: `Date of death${DATE}`,
    ...provenance,
  },
  tenures: {
    ...id('tenure'),
    person_id: 'Id of the office holder (see people.csv)',
    polity: 'SY Syria, UAR United Arab Republic, SU Soviet Union, RU Soviet Russia / Russian Federation',
    office: 'head-of-state, de-facto-ruler, party-leader or head-of-government',
    title: 'Formal title',
    start: `First day in office${DATE}`,
    end: `Last day in office (empty while in office)${DATE}`,
    acting: 'Acting, interim or provisional',
    ...provenance,
  },
  visits: {
    ...id('visit'),
    start: `First day${DATE}`,
    end: `Last day${DATE}`,
    from: 'Visitors’ polity',
    to: 'Host polity',
    city: 'City visited',
    visitors: 'Person ids, or names with an optional "(role)", most senior first, separated by "; "',
    level: 'head-of-state, head-of-government, minister, military or delegation',
    purpose: 'Purpose',
    outcome: 'Outcome',
    continues: CONTINUES,
    ...provenance,
  },
  armsDeals: {
    ...id('deal'),
    date: `When the deal reached this status; for a total over a period, its first date${DATE}`,
    end: `For a total over a period only: its last date${DATE}`,
    supplier: 'Supplying polity',
    recipient: 'Receiving polity',
    status: 'requested, refused, agreed or delivered',
    items: '"system (category) × quantity" separated by "; "; ranges as min-max',
    value_usd: 'Reported value in US dollars; ranges as min-max',
    price_basis: 'What the value means',
    continues: CONTINUES,
    ...provenance,
  },
  events: {
    ...id('event'),
    start: `When it began or happened${DATE}`,
    end: `When it ended${DATE}`,
    kind: 'treaty, war, coup, diplomatic, intervention, military-operation, basing, veto, un-vote, recognition, summit, death, economic, agreement, sanctions or other',
    ...names('title', 'Headline'),
    ...names('short', 'Short headline for a chart marker'),
    summary: 'One-sentence summary',
    people: 'Ids of people involved, separated by "; "',
    related: 'Ids of related records, separated by "; "',
    continues: CONTINUES,
    ...provenance,
  },
}))();
