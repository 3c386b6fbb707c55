import { writeFileSync } from 'node:fs';
import { renderChartToPng } from '../src/static/index.js';
import { dataset } from '../src/data/index.js';
const annotations = [
  { date: '1980-10-08', text: { en: 'Treaty of Friendship signed', ar: 'توقيع معاهدة الصداقة', ru: 'Подписан Договор о дружбе' } },
  { date: '1971', row: 'SY>SU+RU|head-of-state', text: { en: 'Assad’s first visit as president', ar: 'أول زيارة للأسد رئيساً', ru: 'Первый визит Асада как президента' } },
  { kind: 'period' as const, start: '2011-03', end: '2024-12', text: { en: 'Civil war', ar: 'الحرب الأهلية', ru: 'Гражданская война' } },
];
for (const [locale, width] of [['en', 1000], ['ar', 1000], ['en', 360]] as const) {
  const png = await renderChartToPng('heatmap', { data: dataset, width, locale, annotations, bin: 5, today: new Date('2026-11-26') } as never);
  writeFileSync(`/tmp/heat-${locale}-${width}.png`, png);
}
