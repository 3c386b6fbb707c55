import type { Polity } from '../../data/types.js';
import { type Locale, numberFormat } from './locale.js';

/** The words a chart prints around the data, in each locale. */
export interface Messages {
  sources: string;
  getData: string;
  notes: string;
  by: string;
  noRecords: string;
  /** Shown under the empty state when records were dropped as invalid. */
  dropped: (count: number) => string;
  /** Accessible name of a chart's marks, telling keyboard readers how to move. */
  keyboardHint: (count: number, what: string) => string;
  /** Where the keyboard cursor is: "3 of 127". */
  position: (index: number, count: number) => string;
  /** Caption note of a data table cut short. */
  tableTruncated: (shown: number, total: number) => string;
  disputed: string;
  andMore: (count: number) => string;
  /** How many sources a record cites, in a tooltip: "3 sources". */
  sourceCount: (count: number) => string;
  polities: Record<string, string>;
}

/** A word's plural form in a locale, by `Intl.PluralRules`. */
export const plural = (locale: Locale, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>>) =>
  forms[new Intl.PluralRules(locale).select(n)] ?? forms.other ?? '';

const arabic = (n: number) => numberFormat('ar').format(n);
// Arabic says "a year" and "two years" (dual) without a numeral, and counts from three.
export const arabicCount = (n: number, [one, two, few, other]: readonly [string, string, string, string]) => {
  const rule = new Intl.PluralRules('ar').select(n);
  return rule === 'one' ? one : rule === 'two' ? two : `${arabic(n)} ${rule === 'few' ? few : other}`;
};

const en: Messages = {
  sources: 'Sources',
  getData: 'Get the data',
  notes: 'Notes',
  by: 'Graphic',
  noRecords: 'No records to show.',
  dropped: (n) => `${n} record${n === 1 ? ' was' : 's were'} left out as invalid.`,
  keyboardHint: (n, what) => `${n} ${what}. Arrow keys move from one to the next, Enter selects.`,
  position: (i, n) => `${i} of ${n}`,
  tableTruncated: (shown, total) => `the first ${shown} of ${total} rows; the CSV download has them all`,
  disputed: 'disputed',
  andMore: (n) => `and ${n} more`,
  sourceCount: (n) => `${n} source${n === 1 ? '' : 's'}`,
  polities: { SY: 'Syria', UAR: 'United Arab Republic', SU: 'USSR', RU: 'Russia', 'SU+RU': 'USSR / Russia' },
};

const ar: Messages = {
  sources: 'المصادر',
  getData: 'تنزيل البيانات',
  notes: 'ملاحظات',
  by: 'رسم',
  noRecords: 'لا توجد سجلات للعرض.',
  dropped: (n) => `استُبعد ${arabic(n)} من السجلات لعدم صلاحيتها.`,
  keyboardHint: (n, what) => `${arabic(n)} ${what}. تنقّل بينها بمفاتيح الأسهم، واضغط Enter للاختيار.`,
  position: (i, n) => `${arabic(i)} من ${arabic(n)}`,
  tableTruncated: (shown, total) => `أول ${arabic(shown)} من ${arabic(total)} صفًا؛ ملف CSV يضمّها كلها`,
  disputed: 'موضع خلاف',
  andMore: (n) => `و${arabic(n)} غيرها`,
  sourceCount: (n) => arabicCount(n, ['مصدر واحد', 'مصدران', 'مصادر', 'مصدرًا']),
  polities: {
    SY: 'سوريا',
    UAR: 'الجمهورية العربية المتحدة',
    SU: 'الاتحاد السوفيتي',
    RU: 'روسيا',
    'SU+RU': 'الاتحاد السوفيتي / روسيا',
  },
};

const ru: Messages = {
  sources: 'Источники',
  getData: 'Скачать данные',
  notes: 'Примечания',
  by: 'Графика',
  noRecords: 'Нет записей для показа.',
  dropped: (n) => `Исключено как некорректные: ${n}.`,
  keyboardHint: (n, what) => `${what}: ${n}. Стрелки переходят от одного к другому, Enter выбирает.`,
  position: (i, n) => `${i} из ${n}`,
  tableTruncated: (shown, total) => `первые ${shown} из ${total} строк; все они в файле CSV`,
  disputed: 'спорно',
  andMore: (n) => `и ещё ${n}`,
  sourceCount: (n) =>
    `${n} ${plural('ru', n, { one: 'источник', few: 'источника', many: 'источников', other: 'источника' })}`,
  polities: {
    SY: 'Сирия',
    UAR: 'Объединённая Арабская Республика',
    SU: 'СССР',
    RU: 'Россия',
    'SU+RU': 'СССР / Россия',
  },
};

/** The messages of a locale. */
export const messages: Record<Locale, Messages> = { en, ar, ru };

/** A polity's name in a locale; unknown codes print as themselves. */
export const polityName = (polity: Polity, locale: Locale): string =>
  // Own names only: a country code such as '__proto__' or 'constructor' is printed as it is.
  Object.hasOwn(messages[locale].polities, polity) ? messages[locale].polities[polity] : polity;
