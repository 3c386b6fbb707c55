import { act, fireEvent, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TenureGantt } from '../src/charts/gantt/TenureGantt';
import { dataset } from '../src/data/index';

const today = new Date('2026-11-26T00:00:00Z');
const soviet = { ...dataset, tenures: dataset.tenures.filter((t) => t.polity === 'SU' && t.office === 'party-leader') };
const marks = (root: ParentNode) => [...root.querySelectorAll<SVGElement>('[data-mark]')];
const tooltip = () => document.querySelector('.dm-tooltip');
// Only the current mark is in the tab order; reach the others the way a keyboard user does.
const focusMark = (root: ParentNode, match: (id: string) => boolean) => {
  const all = marks(root);
  act(() => all[0].focus());
  for (let i = 0; i < all.length && !match((document.activeElement as SVGElement).dataset.mark ?? ''); i++) {
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
  }
  return document.activeElement as SVGElement;
};

afterEach(() => vi.restoreAllMocks());

describe('TenureGantt in the browser', () => {
  it('moves focus along the bars with the arrow keys, keeping one tab stop', () => {
    const { container } = render(<TenureGantt data={soviet} width={800} today={today} />);
    const bars = marks(container);
    act(() => bars[0].focus());
    fireEvent.keyDown(bars[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(bars[1]);
    expect(bars.filter((b) => b.getAttribute('tabindex') === '0')).toEqual([bars[1]]);
    fireEvent.keyDown(bars[1], { key: 'End' });
    expect(document.activeElement).toBe(bars[bars.length - 1]);
    fireEvent.keyDown(bars[bars.length - 1], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(bars[0]);
  });

  it('shows the focused tenure in the tooltip: name, office, dates, duration, sources', () => {
    const { container } = render(<TenureGantt data={soviet} width={800} today={today} />);
    const bar = focusMark(container, (id) => id.includes('brezhnev'));
    const tip = tooltip();
    expect(tip?.textContent).toContain('Leonid Brezhnev');
    expect(tip?.textContent).toContain('Party leader, USSR');
    expect(tip?.textContent).toMatch(/1964 – .*1982 · 18 years/);
    expect(tip?.textContent).toMatch(/Sources: .+/);
    fireEvent.keyDown(bar, { key: 'Escape' });
    expect(tooltip()).toBeNull();
  });

  it('follows the pointer, and moving it re-renders the tooltip without touching the marks', () => {
    const { container } = render(<TenureGantt data={soviet} width={800} today={today} />);
    const before = marks(container);
    expect(before.length).toBeGreaterThan(4);
    const labels = before.map((b) => b.getAttribute('aria-label'));
    fireEvent.pointerMove(before[2], { clientX: 100, clientY: 50 });
    expect(tooltip()?.textContent).toContain(labels[2]?.split(',')[0]);
    fireEvent.pointerMove(before[3], { clientX: 140, clientY: 50 });
    expect(tooltip()?.textContent).toContain(labels[3]?.split(',')[0]);
    const after = marks(container);
    after.forEach((mark, i) => {
      expect(mark).toBe(before[i]);
    });
    fireEvent.pointerLeave(container.querySelector('.dm-marks') as Element);
    expect(tooltip()).toBeNull();
  });

  it('calls onSelect on click and on Enter', () => {
    const onSelect = vi.fn();
    const { container } = render(<TenureGantt data={soviet} width={800} today={today} onSelect={onSelect} />);
    const [first, second] = marks(container);
    fireEvent.click(first);
    fireEvent.keyDown(second, { key: 'Enter' });
    expect(onSelect.mock.calls.map(([t]) => t.id)).toEqual([first.dataset.mark, second.dataset.mark]);
  });

  it('hydrates server markup without a mismatch', () => {
    const ui = <TenureGantt data={dataset} today={today} title="Rulers" />;
    const host = document.createElement('div');
    host.innerHTML = renderToString(ui);
    document.body.append(host);
    const errors = vi.spyOn(console, 'error');
    act(() => {
      hydrateRoot(host, ui, { onRecoverableError: (e) => errors(e) });
    });
    expect(errors).not.toHaveBeenCalled();
    expect(marks(host)).toHaveLength(dataset.tenures.length);
  });

  it('warns once in development about the records it left out', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = [...soviet.tenures, { ...soviet.tenures[0], id: 'dom-broken', end: '1900' }];
    const { rerender } = render(<TenureGantt data={{ ...soviet, tenures: bad }} width={800} today={today} />);
    rerender(<TenureGantt data={{ ...soviet, tenures: bad }} width={700} today={today} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(
      /TenureGantt left out 1 invalid record:\n {2}dom-broken: end \(1900\) is before start/,
    );
    expect(screen.getAllByRole('img')[0]).toBeTruthy();
  });
});
