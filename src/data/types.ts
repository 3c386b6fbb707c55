/**
 * The data model of damascus-moscow. Every record type here is also the
 * shape charts accept, so any bilateral relation written in these types
 * charts correctly, not only the bundled Syria–USSR/Russia one.
 *
 * @module
 */

/**
 * A calendar date in ISO 8601 at the precision the sources give:
 * `'1971'` (year), `'1971-02'` (month) or `'1971-02-22'` (day).
 * A record never carries a day or month its sources do not give.
 * Use {@link dateInterval} to turn one into the span of time it covers.
 *
 * @example '1980-10-08'
 */
export type PartialDate = string;

/** How precisely a {@link PartialDate} is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** Text in the package's three languages. English is always present. */
export interface LocalizedText {
  /** English. */
  en: string;
  /** Arabic (Modern Standard Arabic spelling used by Arabic sources). */
  ar?: string;
  /** Russian. */
  ru?: string;
}

/** What kind of publication a {@link Source} is. */
export type SourceKind = 'web' | 'book' | 'article' | 'document' | 'dataset';

/**
 * A publication a record rests on: a book, an article, a web page.
 * Cite it from a record with a {@link SourceRef}.
 */
export interface Source {
  /** Stable identifier, lowercase kebab-case, e.g. `'seale-1988-asad'`. */
  id: string;
  /** What kind of publication this is. */
  kind: SourceKind;
  /** Title as published; `'[Untitled page: …]'` with a description where the page shows none. */
  title: string;
  /** Author or authors, as printed. */
  author?: string;
  /** Publisher, newspaper, agency or website, as a reader knows it (`'TASS'`, `'Wikipedia'`). Credits print it. */
  publisher?: string;
  /**
   * The copy the page was read through, when it is not the publisher's own: a mirror, an archive, a reprint
   * or a site carrying a wire story (`'piglix (Wikipedia copy)'`, `'Dawn'`). A copy is never independent
   * of its publisher, and credits never name it.
   */
  via?: string;
  /** Year of publication. */
  year?: number;
  /** Where a reader can look it up. */
  url?: string;
  /** When the web page was read (ISO date). */
  accessed?: PartialDate;
  /** Anything a reader should know about the source itself. */
  note?: string;
}

/** A citation: which source, and where in it. */
export interface SourceRef {
  /** The `id` of a {@link Source} in the dataset's `sources`. */
  source: string;
  /** Page, footnote, section or table, e.g. `'p. 188'`, `'fn. 4'`, `'infobox'`. */
  locator?: string;
}

/**
 * How far a record can be trusted.
 * - `verified`: independent sources agree.
 * - `reported`: one source says so and none contradicts it.
 * - `disputed`: sources disagree; the competing values are in `conflicts`.
 */
export type Confidence = 'verified' | 'reported' | 'disputed';

/** A value some source gives that differs from the one the record carries. */
export interface Conflict {
  /** The record's field the value competes with, e.g. `'start'`. */
  field: string;
  /** The other value, as that source gives it. */
  value: string | number | boolean | null;
  /** Who gives this value. */
  sources: SourceRef[];
  /** Why the values differ, where known. */
  note?: string;
}

/** Where a record comes from and how sure we are. Every record carries it. */
export interface Provenance {
  /** At least one citation. A record without a source does not ship. */
  sources: SourceRef[];
  /** How far the record can be trusted. `disputed` requires `conflicts`. */
  confidence: Confidence;
  /** Values other sources give, when they disagree with this record. */
  conflicts?: Conflict[];
  /** A short editor's note. */
  note?: string;
}

/**
 * A country code. The bundled dataset uses `'SY'` (Syria, including the
 * Arab Kingdom of 1918–1920 and the mandate states), `'UAR'` (the United Arab
 * Republic, 1958–1961), `'SU'` (the Soviet Union, 1922–1991) and `'RU'`
 * (Soviet Russia before the Union, and the Russian Federation). Other
 * datasets may use any uppercase code.
 */
export type Polity = 'SY' | 'UAR' | 'SU' | 'RU' | (string & {});

/** A person who held an office, visited, or signed. */
export interface Person extends Provenance {
  /** Stable identifier, lowercase kebab-case of the common English name, e.g. `'hafez-al-assad'`. */
  id: string;
  /** Name in English, Arabic and Russian. */
  name: LocalizedText;
  /** Date of birth, at the precision sources give. */
  born?: PartialDate;
  /** Date of death, at the precision sources give. */
  died?: PartialDate;
}

/**
 * The kind of power a tenure held.
 * - `head-of-state`: president, king, chairman of the presidium.
 * - `de-facto-ruler`: held real power while someone else was titular head.
 * - `party-leader`: leader of the ruling party (General/First Secretary of the CPSU).
 * - `head-of-government`: prime minister or chairman of the council of ministers.
 */
export type Office = 'head-of-state' | 'de-facto-ruler' | 'party-leader' | 'head-of-government';

/** One person holding one office in one polity for one unbroken period. */
export interface Tenure extends Provenance {
  /** Stable identifier: polity, office, person and start year, e.g. `'sy-head-of-state-hafez-al-assad-1971'`. */
  id: string;
  /** The `id` of the {@link Person} who held the office. */
  personId: string;
  /** The state in which the office was held. */
  polity: Polity;
  /** The kind of power. Tenures in the same polity and office never overlap. */
  office: Office;
  /** The formal title in English, e.g. `'President of Syria'`. */
  title: string;
  /** First day in office, at the precision sources give. */
  start: PartialDate;
  /** Last day in office; `null` while still in office. */
  end: PartialDate | null;
  /** True for acting, interim or provisional holders. */
  acting?: boolean;
}

/** The rank of the most senior visitor. */
export type VisitLevel = 'head-of-state' | 'head-of-government' | 'minister' | 'military' | 'delegation';

/**
 * Someone on a visit: a {@link Person} id, or a name for someone not in `people`.
 */
export type Visitor = string | { name: string; role?: string };

/** An official visit from one polity to another. */
/** A record that is a later stage of another: counted once, with the record it continues. */
export interface Continuation {
  /**
   * The id of the earlier record (same collection) that this one continues or amends: a later stage of the
   * same deal, a ratification of an agreement, a delivery under an earlier contract. Counts and sums skip a
   * record that continues another, so one thing is never counted twice; tables and CSV keep every record.
   */
  continues?: string;
}

export interface Visit extends Provenance, Continuation {
  /** Stable identifier. */
  id: string;
  /** First day of the visit. */
  start: PartialDate;
  /** Last day, when the visit lasted more than a day and sources say so. */
  end?: PartialDate;
  /** The visitors' polity. */
  from: Polity;
  /** The host polity. */
  to: Polity;
  /** City visited, in English. */
  city?: string;
  /** Who travelled; the most senior first. */
  visitors: Visitor[];
  /** The rank of the most senior visitor. */
  level: VisitLevel;
  /** Why they came, in one sentence. */
  purpose?: string;
  /** What came of it, in one sentence. */
  outcome?: string;
}

/** Where an arms deal stood at the date recorded. */
export type ArmsDealStatus = 'requested' | 'refused' | 'agreed' | 'delivered';

/** The broad kind of weapon. */
export type ArmsCategory = 'aircraft' | 'air-defence' | 'missiles' | 'armour' | 'naval' | 'other';

/** A number, or a range `{ min, max }` where sources give one (e.g. 400–500 launchers). */
export type Quantity = number | { min: number; max: number };

/** One line of an arms deal. */
export interface ArmsItem {
  /** The system as sources name it, e.g. `'MiG-21'`, `'S-200 (SA-5)'`. */
  system: string;
  /** The broad kind of weapon. */
  category: ArmsCategory;
  /** How many, where sources say. */
  quantity?: Quantity;
}

/** A request, refusal, agreement or delivery of arms. */
export interface ArmsDeal extends Provenance, Continuation {
  /** Stable identifier. */
  id: string;
  /** When the deal reached this status; for a total over a period, the period's first date. */
  date: PartialDate;
  /**
   * Only for totals over a period that sources give as one figure (e.g. all
   * deliveries 1956–1991): the period's last date. Charts of single deals
   * should leave such totals out or spread them, never pile them on one year.
   */
  end?: PartialDate;
  /** The supplying polity. */
  supplier: Polity;
  /** The receiving polity. */
  recipient: Polity;
  /** Requested, refused, agreed or delivered. */
  status: ArmsDealStatus;
  /** What was in it. */
  items: ArmsItem[];
  /** Reported value in US dollars. */
  valueUsd?: Quantity;
  /** What the value means, e.g. `'current US$ as reported in 1972'`. */
  priceBasis?: string;
}

/** What kind of thing happened. */
export type EventKind =
  | 'treaty'
  | 'war'
  | 'coup'
  | 'diplomatic'
  | 'intervention'
  | 'veto'
  | 'summit'
  | 'death'
  | 'economic'
  | 'agreement'
  | 'sanctions'
  /** Base agreements, leases, ratifications, deployments to and withdrawals from bases. */
  | 'basing'
  /** Episodes of a military campaign: strikes, deployments, withdrawals, sieges, losses. */
  | 'military-operation'
  /** Votes in the UN General Assembly or Human Rights Council (Security Council vetoes are `veto`). */
  | 'un-vote'
  /** Recognition of states or territories, and ruptures of relations with third countries. */
  | 'recognition'
  | 'other';

/** Something that happened between the two polities or shaped their relations. */
export interface Event extends Provenance, Continuation {
  /** Stable identifier. */
  id: string;
  /** When it began (or happened). */
  start: PartialDate;
  /** When it ended, for wars and other spans. */
  end?: PartialDate;
  /** What kind of thing happened. */
  kind: EventKind;
  /** A short headline in English, Arabic and Russian. */
  title: LocalizedText;
  /** A headline short enough to label a marker on a chart, e.g. "1980 treaty" (the title is used, cut, without it). */
  short?: LocalizedText;
  /** One sentence, in English. */
  summary: string;
  /** Ids of the people involved. */
  people?: string[];
  /** Ids of related visits, arms deals or events. */
  related?: string[];
}

/** The whole dataset, or any dataset of the same shape. */
export interface Dataset {
  /** Publications the records cite. */
  sources: Source[];
  /** Rulers, visitors and signatories. */
  people: Person[];
  /** Who held which office, and when. */
  tenures: Tenure[];
  /** Official visits in either direction. */
  visits: Visit[];
  /** Arms requests, refusals, agreements and deliveries. */
  armsDeals: ArmsDeal[];
  /** Treaties, wars, coups, vetoes and other events. */
  events: Event[];
}

/** The name of one collection of a {@link Dataset}. */
export type CollectionName = keyof Dataset;
