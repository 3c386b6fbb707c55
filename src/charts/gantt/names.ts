import type { Person, Tenure } from '../../data/types.js';
import { directionOf, type Locale } from '../kit/locale.js';

/**
 * A tenure holder's name in the locale, or their person id where the data
 * names nobody. The name is picked as kit/locale's `localize` picks it (the locale's
 * text, else the English, else nothing), without a list per call: a dense
 * chart names thousands of tenures.
 */
export function personNamer(people: ReadonlyMap<string, Person>, locale: Locale): (tenure: Tenure) => string {
  return (t) => {
    const name = people.get(t.personId)?.name;
    if (!name) return t.personId;
    const own = name[locale];
    if (typeof own === 'string') return own;
    return typeof name.en === 'string' ? name.en : '';
  };
}

/** People by id. */
export const peopleById = (people: readonly Person[] | undefined): Map<string, Person> => {
  const byId = new Map<string, Person>();
  if (people) for (let i = 0; i < people.length; i++) byId.set(people[i].id, people[i]);
  return byId;
};

/** Whether the UTF-16 unit is one `\s` matches: the separators between the parts of a name. */
const isSpace = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/** A regnal numeral: "Faisal I" abbreviates to itself, not to "I". */
const NUMERAL = /^[IVX]+$/;

/** The start of the last word of `text[0, end)`: just after its last whitespace, or 0. */
function wordStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && !isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** The start of the whitespace that ends just before `at`. */
function spaceStart(text: string, at: number): number {
  let from = at - 1;
  while (from > 0 && isSpace(text.charCodeAt(from - 1))) from--;
  return from;
}

/**
 * Shorter forms of a name, longest first, for names too long for their bar:
 * "L. Brezhnev", then "Brezhnev" ("Faisal I" keeps its numeral). Arabic
 * script has no initials: only the last name. Read from the end of the name
 * rather than split into words: a dense chart shortens thousands of names.
 */
export function shorterNames(locale: Locale): (full: string) => string[] {
  const initials = directionOf(locale) === 'ltr';
  return (full) => {
    const to = wordStart(full, full.length);
    const from = to > 0 ? spaceStart(full, to) : 0;
    // No space, or spaces at either end: read word by word, as the words a split gives.
    if (to === 0 || from === 0 || to === full.length) return shorterBySplit(full, initials);
    let last = full.slice(to);
    if (NUMERAL.test(last)) last = `${full.slice(wordStart(full, from), from)} ${last}`;
    const forms: string[] = [];
    if (initials) {
      const initial = `${full[0]}. ${last}`;
      if (initial !== full) forms.push(initial);
    }
    if (last !== full) forms.push(last);
    return forms;
  };
}

function shorterBySplit(full: string, initials: boolean): string[] {
  const parts = full.split(/\s+/);
  const last = NUMERAL.test(parts[parts.length - 1]) ? parts.slice(-2).join(' ') : parts[parts.length - 1];
  const initial = initials && parts.length > 1 ? `${parts[0][0]}. ${last}` : '';
  return [initial, last].filter((form) => form && form !== full);
}
