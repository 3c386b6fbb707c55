import type { VisitLevel } from '../../data/types.js';
import { type Locale, numberFormat } from '../kit/locale.js';
import { arabicCount, plural } from '../kit/messages.js';

/** The words of the visit heatmap, in each locale. */
export interface HeatmapWords {
  /** Headline when none is given (also the accessible name). */
  title: string;
  /** What a heatmap's marks are, for the keyboard hint. */
  cells: string;
  /** Rank of the most senior visitor. */
  levels: Record<VisitLevel, string>;
  /** A direction of travel, from one country to another, in reading order. */
  direction: (from: string, to: string) => string;
  /** "3 visits", "no visits". */
  visitCount: (count: number) => string;
  /** A period the data does not cover. */
  noData: string;
  /** Before the rulers of a cell's period, when tenure bands are shown. */
  inPower: string;
  /** Heading of the colour legend. */
  visitsPer: string;
  /** When the years shown are too many for the period asked: how long each period is instead. */
  widened: (years: number) => string;
  /** Column headings of the visit table. */
  visitColumns: { date: string; direction: string; level: string; visitors: string; city: string; outcome: string };
}

const en: HeatmapWords = {
  title: 'Official visits between Damascus and Moscow',
  cells: 'cells',
  levels: {
    'head-of-state': 'Head of state',
    'head-of-government': 'Head of government',
    minister: 'Minister',
    military: 'Military',
    delegation: 'Delegation',
  },
  direction: (from, to) => `${from} → ${to}`,
  visitCount: (n) => (n === 0 ? 'no visits' : `${n} visit${n === 1 ? '' : 's'}`),
  noData: 'no data',
  inPower: 'In power',
  visitsPer: 'Visits',
  widened: (n) =>
    `Each period here spans ${numberFormat('en').format(n)} year${n === 1 ? '' : 's'}: the span shown is too long for shorter periods.`,
  visitColumns: {
    date: 'Date',
    direction: 'From → to',
    level: 'Level',
    visitors: 'Visitors',
    city: 'City',
    outcome: 'Outcome',
  },
};

const ar: HeatmapWords = {
  title: 'الزيارات الرسمية بين دمشق وموسكو',
  cells: 'خلية',
  levels: {
    'head-of-state': 'رئيس دولة',
    'head-of-government': 'رئيس حكومة',
    minister: 'وزير',
    military: 'عسكريون',
    delegation: 'وفد',
  },
  // Words, not an arrow: an arrow would point against the reading direction.
  direction: (from, to) => `من ${from} إلى ${to}`,
  visitCount: (n) => (n === 0 ? 'لا زيارات' : arabicCount(n, ['زيارة واحدة', 'زيارتان', 'زيارات', 'زيارة'])),
  noData: 'لا بيانات',
  inPower: 'في الحكم',
  visitsPer: 'الزيارات',
  widened: (n) =>
    `تمتد كل فترة هنا ${arabicCount(n, ['سنة واحدة', 'سنتين', 'سنوات', 'سنة'])}، لأن المدة المعروضة أطول من أن تُقسَّم إلى فترات أقصر.`,
  visitColumns: {
    date: 'التاريخ',
    direction: 'من / إلى',
    level: 'المستوى',
    visitors: 'الزائرون',
    city: 'المدينة',
    outcome: 'النتيجة',
  },
};

const ru: HeatmapWords = {
  title: 'Официальные визиты между Дамаском и Москвой',
  cells: 'Ячеек',
  levels: {
    'head-of-state': 'Глава государства',
    'head-of-government': 'Глава правительства',
    minister: 'Министр',
    military: 'Военные',
    delegation: 'Делегация',
  },
  direction: (from, to) => `${from} → ${to}`,
  visitCount: (n) =>
    n === 0
      ? 'нет визитов'
      : `${n} ${plural('ru', n, { one: 'визит', few: 'визита', many: 'визитов', other: 'визита' })}`,
  noData: 'нет данных',
  inPower: 'У власти',
  visitsPer: 'Визиты',
  widened: (n) =>
    `Каждый период здесь охватывает ${numberFormat('ru').format(n)} ${plural('ru', n, { one: 'год', few: 'года', many: 'лет', other: 'года' })}: показанный промежуток слишком длинный для более коротких периодов.`,
  visitColumns: {
    date: 'Дата',
    direction: 'Откуда → куда',
    level: 'Уровень',
    visitors: 'Участники',
    city: 'Город',
    outcome: 'Итог',
  },
};

/** The heatmap's words in a locale. */
export const heatmapWords: Record<Locale, HeatmapWords> = { en, ar, ru };
