import type { Person, Tenure } from '../../data/types.js';
import { directionOf, type Locale, localize } from '../kit/locale.js';

/** A tenure holder's name in the locale, or their person id where the data names nobody. */
export function personNamer(people: ReadonlyMap<string, Person>, locale: Locale): (tenure: Tenure) => string {
  return (t) => {
    const person = people.get(t.personId);
    return person?.name ? localize(person.name, locale) : t.personId;
  };
}

/** People by id. */
export const peopleById = (people: readonly Person[] | undefined): Map<string, Person> => {
  const byId = new Map<string, Person>();
  for (const person of people ?? []) byId.set(person.id, person);
  return byId;
};

/**
 * Shorter forms of a name, longest first, for names too long for their bar:
 * "L. Brezhnev", then "Brezhnev" ("Faisal I" keeps its numeral). Arabic
 * script has no initials: only the last name.
 */
export function shorterNames(locale: Locale): (full: string) => string[] {
  const initials = directionOf(locale) === 'ltr';
  return (full) => {
    const parts = full.split(/\s+/);
    const last = /^[IVX]+$/.test(parts[parts.length - 1]) ? parts.slice(-2).join(' ') : parts[parts.length - 1];
    const initial = initials && parts.length > 1 ? `${parts[0][0]}. ${last}` : '';
    return [initial, last].filter((form) => form && form !== full);
  };
}
