import { writeFileSync } from 'node:fs';
import { renderChartToPng } from '../src/static/index.js';
import { dataset } from '../src/data/index.js';
const annotations = [
  { date: '1980-10-08', text: { en: 'Treaty of Friendship and Cooperation signed in Moscow', ar: 'توقيع معاهدة الصداقة والتعاون في موسكو', ru: 'Договор о дружбе и сотрудничестве подписан в Москве' } },
  { date: '1970-11', person: 'hafez-al-assad', text: { en: 'Assad takes power', ar: 'الأسد يستولي على السلطة', ru: 'Асад приходит к власти' } },
  { kind: 'period' as const, start: '2011-03', end: '2024-12', text: { en: 'Civil war', ar: 'الحرب الأهلية', ru: 'Гражданская война' } },
  { date: '2015-09-30', text: { en: 'Russian air campaign begins', ar: 'بدء الحملة الجوية الروسية', ru: 'Начало российской воздушной операции' } },
  { date: '1991-12-26', person: 'mikhail-gorbachev', text: 'USSR dissolved' },
];
for (const [locale, width] of [['en', 1000], ['ar', 1000], ['en', 360]] as const) {
  const png = await renderChartToPng('gantt', { data: dataset, width, locale, annotations, today: new Date('2026-11-26') } as never);
  writeFileSync(`/tmp/gantt-${locale}-${width}.png`, png);
}
