import type { Office } from '../../data/types.js';
import type { Locale } from '../kit/locale.js';
import { arabicCount, type Messages, messages, plural } from '../kit/messages.js';

/** The Gantt's own words, in each locale (the frame's are the kit's `messages`). */
export interface GanttWords {
  /** The headline when none is given (also the accessible name). */
  ganttTitle: string;
  /** What the marks are, for the keyboard hint. */
  tenures: string;
  inOffice: string;
  acting: string;
  years: (count: number) => string;
  months: (count: number) => string;
  days: (count: number) => string;
  offices: Record<Office, string>;
  /** Column headings of the tenure table. */
  columns: { name: string; office: string; polity: string; start: string; end: string; sources: string };
}

const en: GanttWords = {
  ganttTitle: 'Leaders and their time in office',
  tenures: 'tenures',
  inOffice: 'in office',
  acting: 'acting',
  years: (n) => `${n} year${n === 1 ? '' : 's'}`,
  months: (n) => `${n} month${n === 1 ? '' : 's'}`,
  days: (n) => `${n} day${n === 1 ? '' : 's'}`,
  offices: {
    'head-of-state': 'Head of state',
    'de-facto-ruler': 'De facto ruler',
    'party-leader': 'Party leader',
    'head-of-government': 'Head of government',
  },
  columns: { name: 'Name', office: 'Office', polity: 'Country', start: 'From', end: 'To', sources: 'Sources' },
};

const ar: GanttWords = {
  ganttTitle: 'القادة ومدد حكمهم',
  tenures: 'فترات حكم',
  inOffice: 'في المنصب',
  acting: 'بالوكالة',
  years: (n) => arabicCount(n, ['سنة', 'سنتان', 'سنوات', 'سنة']),
  months: (n) => arabicCount(n, ['شهر', 'شهران', 'أشهر', 'شهرًا']),
  days: (n) => arabicCount(n, ['يوم', 'يومان', 'أيام', 'يومًا']),
  offices: {
    'head-of-state': 'رئيس الدولة',
    'de-facto-ruler': 'الحاكم الفعلي',
    'party-leader': 'زعيم الحزب',
    'head-of-government': 'رئيس الحكومة',
  },
  columns: { name: 'الاسم', office: 'المنصب', polity: 'الدولة', start: 'من', end: 'إلى', sources: 'المصادر' },
};

const ru: GanttWords = {
  ganttTitle: 'Руководители и сроки их правления',
  tenures: 'Сроков у власти',
  inOffice: 'в должности',
  acting: 'и. о.',
  years: (n) => `${n} ${plural('ru', n, { one: 'год', few: 'года', many: 'лет', other: 'года' })}`,
  months: (n) => `${n} ${plural('ru', n, { one: 'месяц', few: 'месяца', many: 'месяцев', other: 'месяца' })}`,
  days: (n) => `${n} ${plural('ru', n, { one: 'день', few: 'дня', many: 'дней', other: 'дня' })}`,
  offices: {
    'head-of-state': 'Глава государства',
    'de-facto-ruler': 'Фактический правитель',
    'party-leader': 'Глава партии',
    'head-of-government': 'Глава правительства',
  },
  columns: { name: 'Имя', office: 'Должность', polity: 'Страна', start: 'С', end: 'По', sources: 'Источники' },
};

/** The Gantt's words by locale. */
export const ganttWords: Record<Locale, GanttWords> = { en, ar, ru };

/** Everything the Gantt prints: the frame's words and its own. */
export type TenureWords = Messages & GanttWords;

/** The frame's words and the Gantt's, by locale, made once (pure, so a bundle without the Gantt drops it). */
export const tenureWords: Record<Locale, TenureWords> = /* @__PURE__ */ (() => ({
  en: { ...messages.en, ...en },
  ar: { ...messages.ar, ...ar },
  ru: { ...messages.ru, ...ru },
}))();
