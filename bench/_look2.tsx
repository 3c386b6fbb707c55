import { writeFileSync } from 'node:fs';
import { renderChartToPng } from '../src/static/index.js';
import { dataset } from '../src/data/index.js';
const annotations = [
  { date: '1980-10-08', text: { en: 'Treaty of Friendship signed', ar: 'توقيع معاهدة الصداقة', ru: 'Подписан Договор о дружбе' } },
  { date: '1973', status: 'delivered' as const, text: { en: 'Airlift during the October War', ar: 'الجسر الجوي خلال حرب تشرين', ru: 'Воздушный мост в Октябрьскую войну' } },
  { kind: 'period' as const, start: '2011-03', end: '2024-12', text: { en: 'Civil war', ar: 'الحرب الأهلية', ru: 'Гражданская война' } },
  { kind: 'period' as const, start: '1991-12', end: '1999', text: { en: 'After the Soviet collapse', ar: 'بعد انهيار الاتحاد السوفيتي', ru: 'После распада СССР' } },
];
for (const [locale, width] of [['en', 1000], ['ar', 1000], ['ru', 360]] as const) {
  const png = await renderChartToPng('arms', { data: dataset, width, locale, annotations, measure: 'deals', bin: 2 } as never);
  writeFileSync(`/tmp/arms-${locale}-${width}.png`, png);
}
