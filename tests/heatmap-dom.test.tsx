import { act, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VisitHeatmap } from '../src/charts/heatmap/VisitHeatmap';
import { dataset } from '../src/data/index';
import { downloadCsv, hydrate } from './support';

const today = new Date('2026-11-26T00:00:00Z');
const seventies = { domain: ['1970', '1989'] as const, bin: 10, width: 900, today };
const inSeventies = dataset.visits.filter((v) => v.start >= '1970' && v.start < '1990');
const group = (root: ParentNode) => root.querySelector('.dm-marks') as SVGGElement;
const cells = (root: ParentNode) => [...root.querySelectorAll<SVGRectElement>('.dm-cells rect')];
const tooltip = () => document.querySelector('.dm-tooltip');
const announced = (root: ParentNode) => root.querySelector('.dm-live')?.textContent ?? '';
const key = (root: ParentNode, k: string) => fireEvent.keyDown(group(root), { key: k });
// jsdom has no layout: the SVG sits at (0, 0), so client coordinates are SVG coordinates.
const centreOf = (rect: SVGRectElement) => ({
  clientX: Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2,
  clientY: Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')) / 2,
});
const countIn = (from: string, level: string, decade: number) =>
  inSeventies.filter(
    (v) =>
      (from === 'SY' ? ['SY', 'UAR'] : ['SU', 'RU']).includes(v.from) &&
      v.level === level &&
      v.start.startsWith(String(decade).slice(0, 3)),
  ).length;
const printedTotal = (root: ParentNode) =>
  [...root.querySelectorAll('.dm-counts text')].reduce((n, t) => n + Number(t.textContent), 0);
/** Records of a CSV text, fields unquoted: quoted fields may hold commas and line breaks. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      records[records.length - 1].push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      records[records.length - 1].push(field);
      field = '';
      records.push([]);
    } else field += ch;
  }
  records[records.length - 1].push(field);
  return records.filter((r) => r.length > 1 || r[0] !== '');
}
const says = (n: number) => (n === 0 ? 'no visits' : `${n} visit${n === 1 ? '' : 's'}`);

afterEach(() => vi.restoreAllMocks());

describe('VisitHeatmap in the browser', () => {
  it('with tenure bands, says who ruled in the focused cell (the bands themselves take no focus)', () => {
    const { container } = render(<VisitHeatmap data={dataset} {...seventies} tenures />);
    act(() => group(container).focus());
    // 1970s: Hafez al-Assad from November 1970 (Nureddin al-Atassi before him); Brezhnev led the party.
    expect(announced(container)).toMatch(
      /1970–1979: .*\. In power: Syria: Nureddin al-Atassi, [^;]*Hafez al-Assad; USSR \/ Russia: Leonid Brezhnev\. 1 of/,
    );
    expect(tooltip()?.textContent).toMatch(/In power: Syria: .*Hafez al-Assad/);
  });

  it('is one tab stop; arrow keys walk the grid across and down, and announce each cell', () => {
    const { container } = render(<VisitHeatmap data={dataset} {...seventies} />);
    const total = cells(container).length;
    act(() => group(container).focus());
    const hos = 'Syria → USSR / Russia, Head of state';
    expect(announced(container)).toBe(
      `${hos}, 1970–1979: ${says(countIn('SY', 'head-of-state', 1970))}. 1 of ${total}`,
    );
    key(container, 'ArrowRight');
    expect(announced(container)).toBe(
      `${hos}, 1980–1989: ${says(countIn('SY', 'head-of-state', 1980))}. 2 of ${total}`,
    );
    key(container, 'ArrowRight'); // the edge: stays
    expect(announced(container)).toMatch(/2 of/);
    key(container, 'ArrowDown');
    expect(announced(container)).toMatch(/^Syria → USSR \/ Russia, Head of government, 1980–1989: .+ 4 of/);
    key(container, 'ArrowLeft');
    expect(announced(container)).toMatch(/Head of government, 1970–1979.+ 3 of/);
    key(container, 'ArrowUp');
    expect(announced(container)).toMatch(/ 1 of/);
    key(container, 'End');
    expect(announced(container)).toMatch(new RegExp(`^USSR / Russia → Syria, .+ ${total} of ${total}$`));
    key(container, 'Home');
    expect(announced(container)).toMatch(/ 1 of/);
  });

  it('mirrors the arrows right to left', () => {
    const { container } = render(<VisitHeatmap data={dataset} {...seventies} locale="ar" />);
    act(() => group(container).focus());
    expect(announced(container)).toMatch(/^من سوريا إلى الاتحاد السوفيتي \/ روسيا، |^من سوريا/);
    key(container, 'ArrowLeft');
    expect(announced(container)).toMatch(/٢ من/);
    key(container, 'ArrowRight');
    expect(announced(container)).toMatch(/١ من/);
  });

  it('shows the cell under the keyboard cursor in a short tooltip: row, period, count, first visits, how many sources', () => {
    const { container } = render(<VisitHeatmap data={dataset} {...seventies} />);
    act(() => group(container).focus());
    const tip = tooltip() as HTMLElement;
    const inCell = inSeventies.filter(
      (v) => ['SY', 'UAR'].includes(v.from) && v.level === 'head-of-state' && v.start < '1980',
    );
    const cited = new Set(inCell.flatMap((v) => v.sources.map((r) => r.source))).size;
    expect(tip.textContent).toContain('Syria → USSR / Russia, Head of state');
    expect(tip.textContent).toContain(`1970–1979: ${says(inCell.length)}`);
    expect(tip.textContent).toContain('Hafez al-Assad');
    expect(tip.textContent).toContain(`and ${inCell.length - 3} more`);
    expect(tip.textContent).toContain(`${cited} sources`);
    // A few lines, not a page: no outcomes, no source titles (the table and CSV have them).
    expect(tip.children[0].children.length).toBeLessThanOrEqual(7);
    for (const v of inCell) if (v.outcome) expect(tip.textContent).not.toContain(v.outcome);
    expect(tip.textContent).not.toMatch(/Sources:/);
    expect(container.querySelector('.dm-focus-ring')).not.toBeNull();
    key(container, 'Escape');
    expect(tooltip()).toBeNull();
  });

  it('follows the pointer by geometry, and moving it leaves the cells untouched', () => {
    const { container } = render(<VisitHeatmap data={dataset} {...seventies} />);
    const before = cells(container);
    fireEvent.pointerMove(group(container), centreOf(before[0]));
    expect(tooltip()?.textContent).toMatch(/^Syria → USSR \/ Russia, Head of state1970–1979/);
    fireEvent.pointerMove(group(container), centreOf(before[1]));
    expect(tooltip()?.textContent).toContain('1980–1989');
    cells(container).forEach((rect, i) => {
      expect(rect).toBe(before[i]);
    });
    fireEvent.pointerLeave(group(container));
    expect(tooltip()).toBeNull();
  });

  it('calls onSelect with the cell on click and on Enter', () => {
    const onSelect = vi.fn();
    const { container } = render(<VisitHeatmap data={dataset} {...seventies} onSelect={onSelect} />);
    fireEvent.click(group(container), centreOf(cells(container)[1]));
    act(() => group(container).focus());
    key(container, 'Enter');
    expect(onSelect.mock.calls.map(([c]) => [c.period, c.series, c.count])).toEqual([
      [1980, 'SY>SU+RU|head-of-state', countIn('SY', 'head-of-state', 1980)],
      [1970, 'SY>SU+RU|head-of-state', countIn('SY', 'head-of-state', 1970)],
    ]);
    expect(onSelect.mock.calls[1][0].visits.length).toBe(countIn('SY', 'head-of-state', 1970));
  });

  it('downloads exactly the visits shown as CSV: one row per visit in the period drawn, no other', async () => {
    const { container } = render(<VisitHeatmap data={dataset} {...seventies} />);
    const { link, lines } = await downloadCsv(container);
    expect(link.getAttribute('download')).toBe('visit-heatmap.csv');
    const [header, ...rows] = csvRecords(lines.join('\n'));
    expect(header[0]).toBe('id');
    expect(rows.map((r) => r[0]).sort()).toEqual(inSeventies.map((v) => v.id).sort());
    // And the visits counted in the cells are the same visits.
    expect(cells(container).length).toBeGreaterThan(0);
    expect(printedTotal(container)).toBe(rows.length);
  });

  it('with rows by direction, the CSV still holds the visits of the period only', async () => {
    const { container } = render(
      <VisitHeatmap data={dataset} {...seventies} rows="direction" domain={['1980', '1984']} />,
    );
    const { lines } = await downloadCsv(container);
    const ids = csvRecords(lines.join('\n'))
      .slice(1)
      .map((r) => r[0]);
    const shown = dataset.visits.filter((v) => v.start >= '1980' && v.start < '1985').map((v) => v.id);
    expect(ids.sort()).toEqual(shown.sort());
  });

  it('hydrates server markup without a mismatch', () => {
    const ui = (
      <VisitHeatmap
        data={dataset}
        today={today}
        title="Visits"
        tenures
        markers={['event-1980-10-08-treaty-friendship']}
      />
    );
    const { host, errors } = hydrate(ui);
    expect(errors).not.toHaveBeenCalled();
    expect(cells(host).length).toBeGreaterThan(0);
  }, 30_000);

  it('warns once in development about the records it left out', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = [...dataset.visits, { ...dataset.visits[0], id: 'dom-broken', end: '1900' }];
    const { rerender } = render(<VisitHeatmap data={{ visits: bad }} {...seventies} />);
    rerender(<VisitHeatmap data={{ visits: bad }} {...seventies} width={700} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(
      /VisitHeatmap left out 1 invalid record:\n {2}dom-broken: end \(1900\) is before start/,
    );
  });
});
