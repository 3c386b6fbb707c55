import type { Locale } from '../kit/locale.js';
import type { GanttKeyKind } from './layout.js';

/** The Gantt key's words: what hatching, faded ends, open ends and second rows mean. */
export const keyWords: Readonly<Record<Locale, Readonly<Record<GanttKeyKind, string>>>> = {
  en: {
    acting: 'Acting',
    fuzzy: 'Date known to the month or year',
    ongoing: 'Still in office',
    overlap: 'Overlapping term: row below',
  },
  ar: {
    acting: 'بالوكالة',
    fuzzy: 'التاريخ معروف بالشهر أو السنة',
    ongoing: 'ما زال في المنصب',
    overlap: 'ولاية متزامنة: في الصف التالي',
  },
  ru: {
    acting: 'Исполняющий обязанности',
    fuzzy: 'Дата известна до месяца или года',
    ongoing: 'Всё ещё в должности',
    overlap: 'Параллельный срок: ряд ниже',
  },
};
