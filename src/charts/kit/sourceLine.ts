import type { Provenance, Source } from '../../data/types.js';

/** One entry of a chart's source line. */
export interface SourceCredit {
  /** How the credit reads: a book's author and year, or a publisher's short name. */
  label: string;
  /** Where to read it, when a single source, read at its publisher, stands behind the credit. */
  url?: string;
  /** How many of the records shown cite it. */
  count: number;
}

// A copy of Wikipedia, however the cataloguer put it: "piglix (Wikipedia copy)", "mirror of Russian Wikipedia".
const WIKIPEDIA_COPY = /wikipedia\b[^)]*\b(copy|mirror|translation)|\b(copy|mirror|translation) of [^)]*wikipedia/i;
// A publisher field that describes a copy instead of naming a publisher: "online copy of …", "repost of …".
const DESCRIBES_COPY = /^(unauthori[sz]ed )?(online )?(copy|mirror|repost|reprint)\b/i;
// "[Untitled page: …]" and the like: the cataloguer's words, not a title.
const UNTITLED = /^\[[^\]]*\]\s*/;

// The cataloguer's gloss after a name: "(Syrian history site)", "on ed.newdu.com", ", 2 February 1983".
const GLOSS = /\s*(\([^)]*\)|\s(on|at) [\w.-]+\.[a-z]{2,}|,\s[^()]*)$/i;
// A site carrying another's story: "ru24.pro (citing RIA Novosti)" is RIA Novosti's.
const CARRIES =
  /\((?:citing|reprinting|quoting|translating|repost of|reprint of|copy of) (?:the )?([^);]+?)(?:[;,][^)]*)?\)/i;

/** A publisher's name without the cataloguer's gloss: "syrmh.com (Syrian history site)" → "syrmh.com". */
function bare(name: string): string {
  let short = name.trim();
  for (let rest = short.replace(GLOSS, ''); rest && rest !== short; rest = rest.replace(GLOSS, '')) short = rest;
  return short;
}

/**
 * How a source is credited to readers: a book or article by its author and
 * year, anything else by its publisher's short name; a copy of Wikipedia as
 * "Wikipedia"; never the mirror or archive it was read through (`via`).
 */
export function creditOf(source: Source): string {
  const publisher = source.publisher ?? '';
  if (WIKIPEDIA_COPY.test(publisher) || WIKIPEDIA_COPY.test(source.note ?? '')) return 'Wikipedia';
  const carried = publisher.match(CARRIES)?.[1];
  if (carried && !/\b(article|column|story|text|transcript|dispatch|coverage|report)/i.test(carried))
    return bare(carried);
  if (source.kind === 'book' || source.kind === 'article' || DESCRIBES_COPY.test(publisher)) {
    const who = source.author ?? (DESCRIBES_COPY.test(publisher) ? undefined : bare(publisher) || undefined);
    const name = who ?? source.title.replace(UNTITLED, '');
    return source.year ? `${name} (${source.year})` : name;
  }
  return bare(publisher) || source.title.replace(UNTITLED, '');
}

// Cyrillic letters by their usual Latin spelling, so "ТАСС" and "TASS" are one publisher.
const LATIN: Record<string, string> = Object.fromEntries([
  ...'абвгдезийклмнопрстуфхцы'.split('').map((c, i) => [c, 'abvgdezijklmnoprstufhcy'[i]]),
  ['ё', 'e'],
  ['ж', 'zh'],
  ['ч', 'ch'],
  ['ш', 'sh'],
  ['щ', 'sch'],
  ['э', 'e'],
  ['ю', 'yu'],
  ['я', 'ya'],
  ['ъ', ''],
  ['ь', ''],
]);

/** One key for spellings of one name: case, script, punctuation and a leading "The" aside. */
export function creditKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/[а-яё]/g, (c) => LATIN[c] ?? c)
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Credits for the records a chart shows, most cited first: each source's
 * author or publisher, with spellings of one publisher merged so twenty
 * Wikipedia pages, or "TASS" and "ТАСС", read once. Sources a record names
 * but `sources` lacks are not credited: a raw id means nothing to a reader.
 */
export function sourceCredits(records: readonly Provenance[], sources: readonly Source[] = []): SourceCredit[] {
  // Each record is read once, its references together: a record already counted is the last one seen.
  type Credit = { labels: Map<string, number>; urls: Set<string>; count: number; last: Provenance | null };
  const byId = new Map(sources.map((s) => [s.id, s]));
  const credits = new Map<string, Credit>();
  // The credit of each source id, worked out once however many records cite it.
  const creditById = new Map<unknown, Credit | null>();
  for (const record of records) {
    const refs = record.sources;
    if (!refs) continue;
    for (let i = 0; i < refs.length; i++) {
      const id = refs[i]?.source;
      let credit = creditById.get(id);
      if (credit === undefined) {
        const source = byId.get(id);
        if (!source) {
          creditById.set(id, null);
          continue;
        }
        const label = creditOf(source);
        const key = creditKey(label) || label;
        credit = credits.get(key);
        if (!credit) {
          credit = { labels: new Map(), urls: new Set(), count: 0, last: null };
          credits.set(key, credit);
        }
        credit.labels.set(label, (credit.labels.get(label) ?? 0) + 1);
        // A page read through a copy links to the copy: credit the publisher without the link.
        if (source.url && !source.via) credit.urls.add(source.url);
        else credit.urls.add('');
        creditById.set(id, credit);
      }
      if (!credit) continue;
      if (credit.last !== record) {
        credit.last = record;
        credit.count += 1;
      }
    }
  }
  // Of several spellings, the one most sources use, then one in Latin script (the credits' language is the
  // page's, most often Latin), then the first met.
  const latin = (label: string) => (/[a-z]/i.test(label) ? 0 : 1);
  const labelOf = (labels: Map<string, number>) =>
    [...labels].sort((a, b) => b[1] - a[1] || latin(a[0]) - latin(b[0]))[0][0];
  return [...credits.values()]
    .map((c) => ({
      label: labelOf(c.labels),
      url: c.urls.size === 1 && !c.urls.has('') ? [...c.urls][0] : undefined,
      count: c.count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
