import { ChartTable } from './ChartTable.js';
import { ANNOTATION_WORDS, type ChartAnnotations } from './chartAnnotations.js';
import { formatPartialDate, type Locale } from './locale.js';

interface Row {
  key: string;
  date: string;
  text: string;
}

/** The annotations a chart shows, in time order, as a second hidden table beside its records' (nothing without any). */
export function AnnotationTable({ annotations, locale }: { annotations: ChartAnnotations; locale: Locale }) {
  const rows: (Row & { at: number })[] = [
    ...annotations.periods.map((p, i) => ({
      key: `p${i}`,
      at: p.from,
      date: `${formatPartialDate(p.annotation.start, locale)} – ${formatPartialDate(p.annotation.end, locale)}`,
      text: p.text,
    })),
    ...annotations.callouts.map((c, i) => ({
      key: `c${i}`,
      at: c.x,
      date: formatPartialDate(c.annotation.date, locale),
      text: c.text,
    })),
  ];
  if (!rows.length) return null;
  // Positions run right to left in Arabic: time order is the other way round there.
  rows.sort((a, b) => (locale === 'ar' ? b.at - a.at : a.at - b.at));
  const words = ANNOTATION_WORDS[locale];
  return (
    <ChartTable
      caption={words.caption}
      locale={locale}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { header: words.date, cell: (r) => r.date },
        { header: words.text, cell: (r) => r.text },
      ]}
    />
  );
}
