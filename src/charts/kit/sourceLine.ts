import type { Provenance, Source } from '../../data/types.js';

/** One entry of a chart's source line. */
export interface SourceCredit {
  /** How the credit reads: a book's author and year, or a site's name. */
  label: string;
  /** Where to read it, when a single source stands behind the credit. */
  url?: string;
  /** How many of the records shown cite it. */
  count: number;
}

const creditOf = (source: Source): string => {
  if (source.kind === 'book' || source.kind === 'article') {
    const who = source.author ?? source.publisher ?? source.title;
    return source.year ? `${who} (${source.year})` : who;
  }
  return source.publisher ?? source.title;
};

/**
 * Credits for the records a chart shows, most cited first: each source's
 * author or site, with sites merged so twenty Wikipedia pages read once.
 * Sources a record names but `sources` lacks are credited by their id.
 */
export function sourceCredits(records: readonly Provenance[], sources: readonly Source[] = []): SourceCredit[] {
  // Each record is read once, its references together: a record already counted is the last one seen.
  type Credit = { label: string; urls: Set<string>; count: number; last: Provenance | null };
  const byId = new Map(sources.map((s) => [s.id, s]));
  const credits = new Map<string, Credit>();
  // The credit of each source id, worked out once however many records cite it.
  const creditById = new Map<unknown, Credit>();
  for (const record of records) {
    const refs = record.sources;
    if (!refs) continue;
    for (let i = 0; i < refs.length; i++) {
      const id = refs[i]?.source;
      let credit = creditById.get(id);
      if (!credit) {
        const source = byId.get(id);
        const label = source ? creditOf(source) : String(id);
        credit = credits.get(label);
        if (!credit) {
          credit = { label, urls: new Set(), count: 0, last: null };
          credits.set(label, credit);
        }
        if (source?.url) credit.urls.add(source.url);
        creditById.set(id, credit);
      }
      if (credit.last !== record) {
        credit.last = record;
        credit.count += 1;
      }
    }
  }
  return [...credits.values()]
    .map((c) => ({ label: c.label, url: c.urls.size === 1 ? [...c.urls][0] : undefined, count: c.count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
