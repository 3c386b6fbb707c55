import type { Office, Polity } from '../../data/types.js';
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
  inOffice: string;
  /** Accessible name of a chart's marks, telling keyboard readers how to move. */
  keyboardHint: (count: number, what: string) => string;
  /** Where the keyboard cursor is: "3 of 127". */
  position: (index: number, count: number) => string;
  /** Caption note of a data table cut short. */
  tableTruncated: (shown: number, total: number) => string;
  acting: string;
  disputed: string;
  /** What a Gantt's marks are, for the keyboard hint. */
  tenures: string;
  andMore: (count: number) => string;
  /** How many sources a record cites, in a tooltip: "3 sources". */
  sourceCount: (count: number) => string;
  /** The Gantt's headline when none is given (also its accessible name). */
  ganttTitle: string;
  years: (count: number) => string;
  months: (count: number) => string;
  days: (count: number) => string;
  offices: Record<Office, string>;
  polities: Record<string, string>;
  /** Column headings of the tenure table. */
  columns: { name: string; office: string; polity: string; start: string; end: string; sources: string };
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
  inOffice: 'in office',
  keyboardHint: (n, what) => `${n} ${what}. Arrow keys move from one to the next, Enter selects.`,
  position: (i, n) => `${i} of ${n}`,
  tableTruncated: (shown, total) => `the first ${shown} of ${total} rows; the CSV download has them all`,
  acting: 'acting',
  disputed: 'disputed',
  tenures: 'tenures',
  andMore: (n) => `and ${n} more`,
  sourceCount: (n) => `${n} source${n === 1 ? '' : 's'}`,
  ganttTitle: 'Leaders and their time in office',
  years: (n) => `${n} year${n === 1 ? '' : 's'}`,
  months: (n) => `${n} month${n === 1 ? '' : 's'}`,
  days: (n) => `${n} day${n === 1 ? '' : 's'}`,
  offices: {
    'head-of-state': 'Head of state',
    'de-facto-ruler': 'De facto ruler',
    'party-leader': 'Party leader',
    'head-of-government': 'Head of government',
  },
  polities: { SY: 'Syria', UAR: 'United Arab Republic', SU: 'USSR', RU: 'Russia', 'SU+RU': 'USSR / Russia' },
  columns: { name: 'Name', office: 'Office', polity: 'Country', start: 'From', end: 'To', sources: 'Sources' },
};

const ar: Messages = {
  sources: 'المصادر',
  getData: 'تنزيل البيانات',
  notes: 'ملاحظات',
  by: 'رسم',
  noRecords: 'لا توجد سجلات للعرض.',
  dropped: (n) => `استُبعد ${arabic(n)} من السجلات لعدم صلاحيتها.`,
  inOffice: 'في المنصب',
  keyboardHint: (n, what) => `${arabic(n)} ${what}. تنقّل بينها بمفاتيح الأسهم، واضغط Enter للاختيار.`,
  position: (i, n) => `${arabic(i)} من ${arabic(n)}`,
  tableTruncated: (shown, total) => `أول ${arabic(shown)} من ${arabic(total)} صفًا؛ ملف CSV يضمّها كلها`,
  acting: 'بالوكالة',
  disputed: 'موضع خلاف',
  tenures: 'فترات حكم',
  andMore: (n) => `و${arabic(n)} غيرها`,
  sourceCount: (n) => arabicCount(n, ['مصدر واحد', 'مصدران', 'مصادر', 'مصدرًا']),
  ganttTitle: 'القادة ومدد حكمهم',
  years: (n) => arabicCount(n, ['سنة', 'سنتان', 'سنوات', 'سنة']),
  months: (n) => arabicCount(n, ['شهر', 'شهران', 'أشهر', 'شهرًا']),
  days: (n) => arabicCount(n, ['يوم', 'يومان', 'أيام', 'يومًا']),
  offices: {
    'head-of-state': 'رئيس الدولة',
    'de-facto-ruler': 'الحاكم الفعلي',
    'party-leader': 'زعيم الحزب',
    'head-of-government': 'رئيس الحكومة',
  },
  polities: {
    SY: 'سوريا',
    UAR: 'الجمهورية العربية المتحدة',
    SU: 'الاتحاد السوفيتي',
    RU: 'روسيا',
    'SU+RU': 'الاتحاد السوفيتي / روسيا',
  },
  columns: { name: 'الاسم', office: 'المنصب', polity: 'الدولة', start: 'من', end: 'إلى', sources: 'المصادر' },
};

const ru: Messages = {
  sources: 'Источники',
  getData: 'Скачать данные',
  notes: 'Примечания',
  by: 'Графика',
  noRecords: 'Нет записей для показа.',
  dropped: (n) => `Исключено как некорректные: ${n}.`,
  inOffice: 'в должности',
  keyboardHint: (n, what) => `${what}: ${n}. Стрелки переходят от одного к другому, Enter выбирает.`,
  position: (i, n) => `${i} из ${n}`,
  tableTruncated: (shown, total) => `первые ${shown} из ${total} строк; все они в файле CSV`,
  acting: 'и. о.',
  disputed: 'спорно',
  tenures: 'Сроков у власти',
  andMore: (n) => `и ещё ${n}`,
  sourceCount: (n) =>
    `${n} ${plural('ru', n, { one: 'источник', few: 'источника', many: 'источников', other: 'источника' })}`,
  ganttTitle: 'Руководители и сроки их правления',
  years: (n) => `${n} ${plural('ru', n, { one: 'год', few: 'года', many: 'лет', other: 'года' })}`,
  months: (n) => `${n} ${plural('ru', n, { one: 'месяц', few: 'месяца', many: 'месяцев', other: 'месяца' })}`,
  days: (n) => `${n} ${plural('ru', n, { one: 'день', few: 'дня', many: 'дней', other: 'дня' })}`,
  offices: {
    'head-of-state': 'Глава государства',
    'de-facto-ruler': 'Фактический правитель',
    'party-leader': 'Глава партии',
    'head-of-government': 'Глава правительства',
  },
  polities: {
    SY: 'Сирия',
    UAR: 'Объединённая Арабская Республика',
    SU: 'СССР',
    RU: 'Россия',
    'SU+RU': 'СССР / Россия',
  },
  columns: { name: 'Имя', office: 'Должность', polity: 'Страна', start: 'С', end: 'По', sources: 'Источники' },
};

/** The messages of a locale. */
export const messages: Record<Locale, Messages> = { en, ar, ru };

/** A polity's name in a locale; unknown codes print as themselves. */
export const polityName = (polity: Polity, locale: Locale): string =>
  // Own names only: a country code such as '__proto__' or 'constructor' is printed as it is.
  Object.hasOwn(messages[locale].polities, polity) ? messages[locale].polities[polity] : polity;
