import { act, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TenureGantt } from '../src/charts/gantt/TenureGantt';
import { themes } from '../src/charts/kit/theme';
import { dataset } from '../src/data/index';
import { hydrate } from './support';

const today = new Date('2026-11-26T00:00:00Z');
const soviet = { ...dataset, tenures: dataset.tenures.filter((t) => t.polity === 'SU' && t.office === 'party-leader') };
const group = (root: ParentNode) => root.querySelector('.dm-marks') as SVGGElement;
const bars = (root: ParentNode) => [...root.querySelectorAll<SVGRectElement>('.dm-bars rect')];
const tooltip = () => document.querySelector('.dm-tooltip');
const announced = (root: ParentNode) => root.querySelector('.dm-live')?.textContent ?? '';
const key = (root: ParentNode, k: string) => fireEvent.keyDown(group(root), { key: k });
// jsdom has no layout: the SVG sits at (0, 0), so client coordinates are SVG coordinates.
const centreOf = (rect: SVGRectElement) => ({
  clientX: Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2,
  clientY: Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')) / 2,
});

afterEach(() => vi.restoreAllMocks());

describe('TenureGantt in the browser', () => {
  it('is one tab stop; arrow keys walk the tenures in reading order and announce each', () => {
    const { container } = render(<TenureGantt data={soviet} width={800} today={today} />);
    act(() => group(container).focus());
    expect(announced(container)).toMatch(/^Joseph Stalin, Party leader, USSR, .+ 1 of \d+$/);
    key(container, 'ArrowRight');
    expect(announced(container)).toMatch(/^Georgy Malenkov, .+ 2 of/);
    key(container, 'End');
    expect(announced(container)).toMatch(/Vladimir Ivashko/);
    key(container, 'ArrowRight');
    expect(announced(container)).toMatch(/Vladimir Ivashko/);
    key(container, 'Home');
    expect(announced(container)).toMatch(/Joseph Stalin/);
  });

  it('in Arabic, where time runs right to left, ArrowLeft moves forward in time and ArrowRight back', () => {
    const { container } = render(<TenureGantt data={soviet} width={800} today={today} locale="ar" />);
    act(() => group(container).focus());
    expect(announced(container)).toMatch(/^جوزيف ستالين/);
    key(container, 'ArrowLeft');
    expect(announced(container)).toMatch(/^جورجي مالينكوف/);
    key(container, 'ArrowRight');
    expect(announced(container)).toMatch(/^جوزيف ستالين/);
  });

  it('moves up and down between rows to the nearest tenure in time', () => {
    const t = (id: string, start: string, end: string) => ({
      id,
      personId: id,
      polity: 'RT',
      office: 'head-of-state' as const,
      title: 'King',
      start,
      end,
      sources: [{ source: 'x' }],
      confidence: 'reported' as const,
    });
    const data = {
      tenures: [
        t('a', '1950-01-01', '1960-01-01'),
        t('b', '1955-01-01', '1958-01-01'),
        t('c', '1961-01-01', '1970-01-01'),
      ],
    };
    const { container } = render(<TenureGantt data={data} width={900} today={today} />);
    act(() => group(container).focus());
    expect(announced(container)).toMatch(/^a,/);
    key(container, 'ArrowRight'); // same row, next in time
    expect(announced(container)).toMatch(/^c,/);
    key(container, 'ArrowDown'); // the row below has only b
    expect(announced(container)).toMatch(/^b,/);
    key(container, 'ArrowUp'); // back up: a is nearer in time to b than c is
    expect(announced(container)).toMatch(/^a,/);
  });

  it('shows the tenure under the keyboard cursor in the tooltip: name, office, dates, duration, sources', () => {
    const { container } = render(<TenureGantt data={soviet} width={800} today={today} />);
    act(() => group(container).focus());
    for (let i = 0; i < 20 && !announced(container).startsWith('Leonid Brezhnev'); i++) key(container, 'ArrowRight');
    const tip = tooltip();
    expect(tip?.textContent).toContain('Leonid Brezhnev');
    expect(tip?.textContent).toContain('Party leader, USSR');
    expect(tip?.textContent).toMatch(/1964 – .*1982 · 18 years/);
    expect(tip?.textContent).toMatch(/Sources: .+/);
    expect(container.querySelector('.dm-focus-ring')).not.toBeNull();
    key(container, 'Escape');
    expect(tooltip()).toBeNull();
  });

  it("draws the tooltip in document.body, out of any transformed ancestor, with the chart's theme, direction and language", () => {
    const custom = { ...themes.dark, background: '#102030', text: '#f0e0d0' };
    const { container } = render(
      <div style={{ transform: 'translateX(10px)' }}>
        <TenureGantt data={soviet} width={800} today={today} locale="ar" theme={custom} />
      </div>,
    );
    act(() => group(container).focus());
    const tip = tooltip() as HTMLElement;
    expect(tip.parentElement).toBe(document.body);
    expect(container.contains(tip)).toBe(false);
    expect(tip.dir).toBe('rtl');
    expect(tip.lang).toBe('ar');
    expect(tip.style.getPropertyValue('--dm-background')).toBe('#102030');
    expect(tip.style.getPropertyValue('--dm-text')).toBe('#f0e0d0');
    key(container, 'Escape');
    expect(tooltip()).toBeNull();
  });

  it('follows the pointer by geometry, and moving it leaves the marks untouched', () => {
    const { container } = render(<TenureGantt data={soviet} width={800} today={today} />);
    const before = bars(container);
    expect(before.length).toBe(soviet.tenures.length);
    fireEvent.pointerMove(group(container), centreOf(before[0]));
    expect(tooltip()?.textContent).toContain('Joseph Stalin');
    fireEvent.pointerMove(group(container), centreOf(before[1]));
    expect(tooltip()?.textContent).toContain('Georgy Malenkov');
    bars(container).forEach((rect, i) => {
      expect(rect).toBe(before[i]);
    });
    fireEvent.pointerLeave(group(container));
    expect(tooltip()).toBeNull();
  });

  it('calls onSelect on click and on Enter', () => {
    const onSelect = vi.fn();
    const { container } = render(<TenureGantt data={soviet} width={800} today={today} onSelect={onSelect} />);
    fireEvent.click(group(container), centreOf(bars(container)[1]));
    act(() => group(container).focus());
    key(container, 'Enter');
    expect(onSelect.mock.calls.map(([t]) => t.personId)).toEqual(['georgy-malenkov', 'joseph-stalin']);
  });

  it('keeps its layout when props written inline are equal in content', () => {
    const seen = vi.fn((_layout: unknown) => null);
    const ui = (domain: [string, string]) => (
      <TenureGantt data={soviet} width={800} today={today} domain={domain}>
        {seen}
      </TenureGantt>
    );
    const { rerender } = render(ui(['1950', '1991']));
    rerender(ui(['1950', '1991']));
    rerender(ui(['1960', '1991']));
    const layouts = seen.mock.calls.map(([layout]) => layout);
    expect(layouts[1]).toBe(layouts[0]);
    expect(layouts[2]).not.toBe(layouts[1]);
  });

  it('downloads exactly the records shown as CSV, the link a real file before the reader reaches for it', async () => {
    let file: Blob | undefined;
    const createObjectURL = (b: Blob) => {
      file = b;
      return 'blob:test';
    };
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL }));
    const { container } = render(
      <TenureGantt data={dataset} polities={['SU']} offices={['party-leader']} today={today} />,
    );
    const link = container.querySelector('a.dm-download') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('blob:test');
    expect(link.getAttribute('download')).toBe('tenure-gantt.csv');
    const text = await (file as Blob).text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(soviet.tenures.length + 1);
    expect(lines[0].startsWith('id,')).toBe(true);
    vi.unstubAllGlobals();
  });

  it('downloads exactly the tenures drawn when a period is set, none from outside it', async () => {
    let file: Blob | undefined;
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => {
          file = b;
          return 'blob:test';
        },
      }),
    );
    const { container } = render(<TenureGantt data={dataset} domain={['1955', '1991']} width={1280} today={today} />);
    fireEvent.click(container.querySelector('a.dm-download') as HTMLAnchorElement);
    const rows = (await (file as Blob).text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
      .slice(1);
    const drawn = bars(container).length;
    expect(drawn).toBeLessThan(dataset.tenures.length);
    expect(rows).toHaveLength(drawn);
    const ids = rows.map((r) => r.split(',')[0]);
    const inPeriod = dataset.tenures.filter((t) => t.start < '1992' && (t.end === null || t.end >= '1955'));
    expect(ids.sort()).toEqual(inPeriod.map((t) => t.id).sort());
    vi.unstubAllGlobals();
  });

  it('hydrates server markup without a mismatch', () => {
    const ui = <TenureGantt data={dataset} today={today} title="Rulers" />;
    const { host, errors } = hydrate(ui);
    expect(errors).not.toHaveBeenCalled();
    expect(bars(host)).toHaveLength(dataset.tenures.length);
  });

  it('warns once in development about the records it left out', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = [...soviet.tenures, { ...soviet.tenures[0], id: 'dom-broken', end: '1900' }];
    const { rerender, container } = render(
      <TenureGantt data={{ ...soviet, tenures: bad }} width={800} today={today} />,
    );
    rerender(<TenureGantt data={{ ...soviet, tenures: bad }} width={700} today={today} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(
      /TenureGantt left out 1 invalid record:\n {2}dom-broken: end \(1900\) is before start/,
    );
    expect(bars(container)).toHaveLength(soviet.tenures.length);
  });
});
