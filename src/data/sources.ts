import { referencePages } from './referencePages.js';
import type { Source } from './types.js';

/**
 * Every publication the dataset cites. The seed article and the books in its
 * footnotes come first, then the reference pages each record was checked against.
 */
const seedArticleAndBooks: Source[] = [
  {
    id: 'inside-arabia-damascus-moscow-2',
    kind: 'article',
    title: 'The Damascus-Moscow Connection, Part Two',
    publisher: 'Inside Arabia',
    year: 2021,
    url: 'https://insidearabia.com/the-damascus-moscow-connection-part-two-1958-to-the-present/',
    accessed: '2026-12-03',
    note: 'Second of two parts, covering 1958 to 2008; its text says the Russian intervention "still remains underway as of early 2021". Some of its figures cannot be right as printed (military aid of US$19,000 for 1955–1985; Syrian military spending falling from US$71 million to US$3.1 million), so every claim taken from it is checked against other sources.',
  },
  {
    id: 'maoz-1988-sphinx',
    kind: 'book',
    title: 'Asad: The Sphinx of Damascus',
    author: "Moshe Ma'oz",
    publisher: 'Weidenfeld & Nicolson',
    year: 1988,
  },
  {
    id: 'maoz-1986-syria-under-assad',
    kind: 'book',
    title: 'Syria under Assad',
    author: "Moshe Ma'oz",
    publisher: 'Croom Helm',
    year: 1986,
  },
  {
    id: 'van-dam-2011-struggle',
    kind: 'book',
    title: 'The Struggle for Power in Syria',
    author: 'Nikolaos van Dam',
    publisher: 'I.B. Tauris',
    year: 2011,
  },
  {
    id: 'seale-1988-asad',
    kind: 'book',
    title: 'Asad: The Struggle for the Middle East',
    author: 'Patrick Seale',
    publisher: 'I.B. Tauris',
    year: 1988,
  },
  {
    id: 'dupuy-1978-elusive-victory',
    kind: 'book',
    title: 'Elusive Victory: The Arab-Israeli Wars, 1947-1974',
    author: 'Trevor N. Dupuy',
    publisher: 'Harper & Row',
    year: 1978,
  },
];

// A pure call, so bundlers drop the dataset when only helpers are imported.
export const sources: Source[] = /* @__PURE__ */ seedArticleAndBooks.concat(referencePages);
