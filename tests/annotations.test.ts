import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnnotationPlan, drawCallouts, planAnnotations } from '../src/charts/kit/annotationLayout';
import { type Annotation, annotationText, checkAnnotation } from '../src/charts/kit/annotations';
import { guardRecords } from '../src/charts/kit/guard';
import type { Locale } from '../src/charts/kit/locale';
import { dateInterval } from '../src/data/dates';

const FONT = 11;
/** 1950–2000 over the plot, mirrored in Arabic as the charts' time scales are. */
function space(width: number, locale: Locale = 'en') {
  const plot = { left: 40, right: width - 20 };
  const d0 = Date.UTC(1950, 0, 1);
  const d1 = Date.UTC(2000, 0, 1);
  const rtl = locale === 'ar';
  const time = (ms: number) => {
    const t = (ms - d0) / (d1 - d0);
    return rtl ? plot.right - t * (plot.right - plot.left) : plot.left + t * (plot.right - plot.left);
  };
  return { time, plot, width, locale, fontSize: FONT };
}

type Box = { left: number; top: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** Every label inside the chart, none on another, and no callout's line through another's label. */
function expectClean(plan: AnnotationPlan, width: number) {
  const labelled = [...plan.callouts, ...plan.periods].filter((item) => item.label);
  const boxes = labelled.flatMap((item) => (item.label ? [item.label.box] : []));
  for (const b of boxes) {
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.left + b.width).toBeLessThanOrEqual(width);
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.top + b.height).toBeLessThanOrEqual(plan.band);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
  for (const c of plan.callouts) {
    if (!c.label) continue;
    const foot = c.label.box.top + c.label.box.height;
    for (const other of boxes) {
      if (other === c.label.box) continue;
      const crossed = other.top >= foot && c.x > other.left && c.x < other.left + other.width;
      expect(crossed).toBe(false);
    }
  }
  // Each item has a label or a number, never both, and every number has its note.
  for (const item of [...plan.callouts, ...plan.periods]) {
    const own = 'x' in item && (item.annotation.dx !== undefined || item.annotation.dy !== undefined);
    if (!own) expect(!!item.label !== !!item.number).toBe(true);
  }
  expect(plan.notes.map((n) => n.number)).toEqual(
    [...plan.callouts, ...plan.periods]
      .filter((i) => i.number)
      .map((i) => i.number)
      .sort((a, b) => plan.notes.findIndex((n) => n.number === a) - plan.notes.findIndex((n) => n.number === b)),
  );
}

const treaty: Annotation = {
  id: 'treaty',
  date: '1980-10-08',
  text: { en: 'Treaty of friendship', ar: 'معاهدة الصداقة', ru: 'Договор о дружбе' },
};
const war: Annotation = { id: 'war', kind: 'period', start: '1973-10-06', end: '1973-10-25', text: 'October War' };

describe('checkAnnotation', () => {
  it('names the field at fault', () => {
    expect(checkAnnotation(treaty)).toBeNull();
    expect(checkAnnotation(war)).toBeNull();
    expect(checkAnnotation({ date: '1980-13', text: 'x' } as Annotation)).toEqual({
      field: 'date',
      message: 'is not a date: "1980-13"',
    });
    expect(checkAnnotation({ date: '1980', text: '' } as Annotation)?.field).toBe('text');
    expect(checkAnnotation({ date: '1980', text: { ar: 'x' } } as unknown as Annotation)?.field).toBe('text');
    expect(checkAnnotation({ kind: 'period', start: '1990', end: '1980', text: 'x' })?.field).toBe('end');
    expect(checkAnnotation({ date: '1980', text: 'x', dx: Number.NaN })?.field).toBe('dx');
    expect(checkAnnotation({ date: '1980', text: 'x', connector: 'curve' } as unknown as Annotation)?.field).toBe(
      'connector',
    );
    const { valid, dropped } = guardRecords<Annotation>(
      [treaty, { date: 'soon', text: 'x' }, treaty],
      checkAnnotation,
      'annotations',
    );
    expect(valid).toEqual([treaty]);
    expect(dropped).toEqual([
      { id: 'annotations[1]', field: 'date', message: 'is not a date: "soon"' },
      { id: 'treaty', field: 'id', message: 'is used by another record' },
    ]);
  });

  it('never throws, and passes only what the layout can place', () => {
    fc.assert(
      fc.property(fc.anything(), (a) => {
        const fault = checkAnnotation(a as Annotation);
        if (fault) return;
        const plan = planAnnotations([a as Annotation], space(600));
        expect(plan.callouts.length + plan.periods.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('planAnnotations', () => {
  it('puts a callout over its moment, its edge on its line, in the language asked', () => {
    for (const locale of ['en', 'ar', 'ru'] as const) {
      const s = space(800, locale);
      const plan = planAnnotations([treaty], s);
      const [c] = plan.callouts;
      expect(c.x).toBeCloseTo(s.time(dateInterval('1980-10-08')?.start ?? Number.NaN));
      expect(c.label?.lines.join(' ')).toBe(annotationText(treaty.text, locale));
      // Towards the end of time: rightwards, leftwards in Arabic.
      const box = c.label?.box ?? { left: Number.NaN, width: 0 };
      if (locale === 'ar') expect(box.left + box.width).toBeCloseTo(c.x);
      else expect(box.left).toBeCloseTo(c.x);
      expect(plan.band).toBeGreaterThan(0);
      expect(plan.notes).toEqual([]);
    }
  });

  it('flips a label near the edge, and stacks labels that would touch', () => {
    const late: Annotation = { date: '1999-06', text: 'Late in the period shown' };
    const plan = planAnnotations([late, treaty, { date: '1981', text: 'A year later' }], space(800));
    expect(plan.callouts[0].label?.anchor).toBe('end');
    expectClean(plan, 800);
    expect(new Set(plan.callouts.map((c) => c.label?.box.top)).size).toBeGreaterThan(1);
  });

  it('numbers what does not fit, on a phone, and lists it under the chart', () => {
    const many: Annotation[] = Array.from({ length: 8 }, (_, i) => ({
      date: `${1960 + i}`,
      text: `Something happened in ${1960 + i}, and it mattered`,
    }));
    const plan = planAnnotations(many, space(360));
    expectClean(plan, 360);
    const numbered = plan.callouts.filter((c) => c.number);
    expect(numbered.length).toBeGreaterThan(0);
    expect(plan.notes).toHaveLength(numbered.length);
    expect(plan.notesHeight).toBeGreaterThan(0);
    expect(plan.notes[0].lines.join(' ')).toBe(numbered[0].text);
  });

  it('never cuts an editor’s words: a text too long for three lines becomes a note', () => {
    const long: Annotation = {
      date: '1975',
      text: 'A very long annotation that goes on and on about what happened in that year and why',
    };
    const plan = planAnnotations([long], space(400));
    expect(plan.callouts[0].label).toBeNull();
    expect(plan.notes[0].lines.join(' ')).toBe(annotationText(long.text, 'en'));
  });

  it('writes numbers in the locale’s digits', () => {
    const many: Annotation[] = Array.from({ length: 6 }, (_, i) => ({
      date: `${1960 + i}`,
      text: `Event number ${i} with words`,
    }));
    const plan = planAnnotations(many, space(360, 'ar'));
    expect(plan.notes.map((n) => n.number)).toContain('١');
  });

  it('shades a period clipped to the plot, and leaves out what lies outside it', () => {
    const plan = planAnnotations(
      [war, { kind: 'period', start: '1940', end: '1955', text: 'Before' }, { date: '2010', text: 'After' }],
      space(800),
    );
    expect(plan.periods).toHaveLength(2);
    expect(plan.periods[1].from).toBe(40);
    expect(plan.callouts).toHaveLength(0);
  });

  it('keeps every label clean whatever the annotations and width', () => {
    const date = fc.integer({ min: 1940, max: 2010 }).map(String);
    const words = fc
      .array(fc.constantFrom('war', 'treaty', 'Assad', 'визит', 'معاهدة', 'a', 'Soviet–Syrian'), {
        minLength: 1,
        maxLength: 12,
      })
      .map((w) => w.join(' '));
    const annotation = fc.oneof(
      fc.record({ date, text: words }),
      fc
        .record({ kind: fc.constant('period' as const), start: date, end: date, text: words })
        .filter((p) => p.end >= p.start),
    );
    fc.assert(
      fc.property(
        fc.array(annotation, { maxLength: 14 }),
        fc.integer({ min: 200, max: 1400 }),
        fc.constantFrom<Locale>('en', 'ar', 'ru'),
        (list, width, locale) => {
          const plan = planAnnotations(list as Annotation[], space(width, locale));
          expectClean(plan, width);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('drawCallouts', () => {
  it('joins a callout to the mark it names, from the label’s foot', () => {
    const s = space(800);
    const plan = planAnnotations([{ ...treaty, person: 'assad' } as Annotation], s);
    const [d] = drawCallouts(plan, (_, x) => ({ x, y: 120 }), { width: 800, height: 400 }, 'en', FONT, s.plot);
    expect(d.point).toEqual({ x: plan.callouts[0].x, y: 120 });
    expect(d.connector?.x).toBe(d.point?.x);
    const { connector, label } = d;
    if (!connector || !label) throw new Error('no connector or label');
    expect(connector.y + connector.dy).toBeCloseTo(label.box.top + label.box.height + 2);
  });

  it('puts a label with its own offset there, mirrored in Arabic, inside the chart', () => {
    for (const locale of ['en', 'ar'] as const) {
      const s = space(800, locale);
      const plan = planAnnotations([{ ...treaty, dx: 30, dy: -20 }], s);
      const [d] = drawCallouts(plan, (_, x) => ({ x, y: 200 }), { width: 800, height: 400 }, locale, FONT, s.plot);
      const b = d.label?.box;
      if (!b) throw new Error('no label');
      if (locale === 'ar') expect(b.left + b.width).toBeCloseTo(plan.callouts[0].x - 30);
      else expect(b.left).toBeCloseTo(plan.callouts[0].x + 30);
      expect(b.top + b.height).toBeCloseTo(180);
    }
  });
});

describe('annotations on a chart, as a screen reader gets them', () => {
  it('lists them in a hidden table and in the description, in time order and the chart’s language', async () => {
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { createElement } = await import('react');
    const { TenureGantt } = await import('../src/charts/gantt/TenureGantt');
    const { dataset } = await import('../src/data/index');
    const annotations: Annotation[] = [
      { kind: 'period', start: '2011', end: '2024', text: 'Civil war' },
      { date: '1980-10-08', text: { en: 'Treaty signed', ar: 'توقيع المعاهدة' } },
    ];
    const html = (locale: Locale) =>
      renderToStaticMarkup(createElement(TenureGantt, { data: dataset, width: 800, locale, annotations }));
    const en = html('en');
    expect(en).toMatch(/<desc[^>]*>[^<]* Annotations: 8 October 1980: Treaty signed; 2011–2024: Civil war\.<\/desc>/);
    expect(en).toMatch(
      /<caption>Annotations<\/caption>.*<th scope="row">8 October 1980<\/th><td>Treaty signed<\/td><\/tr><tr><th scope="row">2011 – 2024<\/th><td>Civil war<\/td>/,
    );
    const ar = html('ar');
    expect(ar).toMatch(/<caption>تعليقات<\/caption>.*<td>توقيع المعاهدة<\/td>.*<td>Civil war<\/td>/);
  });
});
