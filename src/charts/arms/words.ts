import type { ArmsDealStatus } from '../../data/types.js';
import type { Locale } from '../kit/locale.js';
import { numberFormat } from '../kit/locale.js';
import type { ArmsKind, ArmsMeasure } from './layout.js';

/** The words of the arms chart, in each locale. */
export interface ArmsWords {
  /** Headline when none is given. */
  title: string;
  statuses: Record<ArmsDealStatus, string>;
  kinds: Record<ArmsKind, string>;
  /** What a measure counts, for the axis and the legend. */
  measures: Record<ArmsMeasure, string>;
  /** The value axis' unit line. */
  unit: Record<ArmsMeasure, string>;
  /** Before the values other sources give, after a disputed value. */
  otherSources: string;
  /** Legend entries for the part of a bar that a reported range may or may not reach, and for disputed records. */
  range: string;
  sourcesDisagree: string;
  /** What the marks are, for the keyboard hint. */
  segments: string;
  /** Deals without the chosen measure, so not drawn. */
  unmeasured: (count: number, measure: ArmsMeasure) => string;
  /** Intro of the list of totals over several years. */
  totals: string;
  quantityUnknown: string;
  /** A period as printed under its bar. */
  period: (start: number, years: number) => string;
  columns: { date: string; status: string; supplier: string; items: string; value: string };
}

const years = (locale: Locale, start: number, size: number) => {
  const y = (n: number) => numberFormat(locale, { useGrouping: false }).format(n);
  return size === 1 ? y(start) : `${y(start)}–${y(start + size - 1)}`;
};
// Arabic counts: one deal, two deals (dual), 3–10 deals (plural), 11 and up (singular).
const arabicDeals = (count: number) => {
  const rule = new Intl.PluralRules('ar').select(count);
  const n = numberFormat('ar').format(count);
  return rule === 'one' ? 'صفقة واحدة' : rule === 'two' ? 'صفقتان' : rule === 'few' ? `${n} صفقات` : `${n} صفقة`;
};

const en: ArmsWords = {
  title: 'Arms from Moscow to Damascus',
  statuses: { delivered: 'Delivered', agreed: 'Agreed', requested: 'Requested', refused: 'Refused' },
  kinds: {
    aircraft: 'Aircraft',
    'air-defence': 'Air defence',
    missiles: 'Missiles',
    armour: 'Armour',
    naval: 'Naval',
    other: 'Other',
    mixed: 'Several kinds',
  },
  measures: { value: 'Reported value', quantity: 'Items', deals: 'Deals' },
  unit: {
    value: 'Reported value, US$',
    quantity: 'Items (aircraft, vehicles, systems)',
    deals: 'Number of deals',
  },
  otherSources: 'other sources',
  range: 'Reported range',
  sourcesDisagree: 'Sources disagree',
  segments: 'bar segments',
  unmeasured: (c, m) =>
    `${c} deal${c === 1 ? '' : 's'} with no reported ${m === 'value' ? 'value' : 'quantity'} ${c === 1 ? 'is' : 'are'} not drawn (count deals to see every one).`,
  totals: 'Totals over several years, not drawn as bars',
  quantityUnknown: 'quantity not reported',
  period: (start, size) => (size === 10 && start % 10 === 0 ? `${start}s` : years('en', start, size)),
  columns: { date: 'Date', status: 'Status', supplier: 'From', items: 'Weapons', value: 'Value' },
};

const ar: ArmsWords = {
  title: 'السلاح من موسكو إلى دمشق',
  statuses: { delivered: 'سُلِّمت', agreed: 'اتُّفق عليها', requested: 'طُلبت', refused: 'رُفضت' },
  kinds: {
    aircraft: 'طائرات',
    'air-defence': 'دفاع جوي',
    missiles: 'صواريخ',
    armour: 'مدرعات',
    naval: 'قطع بحرية',
    other: 'أخرى',
    mixed: 'أنواع متعددة',
  },
  measures: { value: 'القيمة المعلنة', quantity: 'عدد القطع', deals: 'عدد الصفقات' },
  unit: {
    value: 'القيمة المعلنة بالدولار الأمريكي',
    quantity: 'عدد القطع (طائرات، آليات، منظومات)',
    deals: 'عدد الصفقات',
  },
  otherSources: 'مصادر أخرى',
  range: 'نطاق مُعلن',
  sourcesDisagree: 'المصادر مختلفة',
  segments: 'أجزاء أعمدة',
  unmeasured: (c, m) =>
    `لم تُرسم ${arabicDeals(c)} بلا ${m === 'value' ? 'قيمة' : 'كمية'} معلنة (عدّ الصفقات يُظهرها كلها).`,
  totals: 'مجاميع عدة سنوات، غير مرسومة أعمدةً',
  quantityUnknown: 'الكمية غير معلنة',
  period: (start, size) => years('ar', start, size),
  columns: { date: 'التاريخ', status: 'الحالة', supplier: 'المورّد', items: 'الأسلحة', value: 'القيمة' },
};

const ru: ArmsWords = {
  title: 'Оружие из Москвы в Дамаск',
  statuses: { delivered: 'Поставлено', agreed: 'Согласовано', requested: 'Запрошено', refused: 'Отказано' },
  kinds: {
    aircraft: 'Авиация',
    'air-defence': 'ПВО',
    missiles: 'Ракеты',
    armour: 'Бронетехника',
    naval: 'Флот',
    other: 'Прочее',
    mixed: 'Разное',
  },
  measures: { value: 'Заявленная стоимость', quantity: 'Единиц', deals: 'Сделок' },
  unit: {
    value: 'Заявленная стоимость, долл. США',
    quantity: 'Единиц (самолёты, машины, системы)',
    deals: 'Число сделок',
  },
  otherSources: 'другие источники',
  range: 'Диапазон по источникам',
  sourcesDisagree: 'Источники расходятся',
  segments: 'Сегментов',
  unmeasured: (c, m) =>
    `Сделки без ${m === 'value' ? 'заявленной стоимости' : 'указанного количества'} (${c}) не нарисованы (при подсчёте сделок видны все).`,
  totals: 'Итоги за несколько лет, не показанные столбцами',
  quantityUnknown: 'количество не указано',
  period: (start, size) => (size === 10 && start % 10 === 0 ? `${start}-е` : years('ru', start, size)),
  columns: { date: 'Дата', status: 'Статус', supplier: 'Поставщик', items: 'Вооружения', value: 'Стоимость' },
};

/** The arms chart's words in a locale. */
export const armsWords: Record<Locale, ArmsWords> = { en, ar, ru };
