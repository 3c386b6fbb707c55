import { act, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArmsDealBars } from '../src/charts/arms/ArmsDealBars';
import { binArmsDeals } from '../src/charts/arms/layout';
import { dataset } from '../src/data/index';
import type { ArmsDeal } from '../src/data/types';
import { downloadCsv, hydrate } from './support';

const group = (root: ParentNode) => root.querySelector('.dm-marks') as SVGGElement;
const segments = (root: ParentNode) => [...root.querySelectorAll<SVGRectElement>('.dm-bars rect')];
const tooltip = () => document.querySelector('.dm-tooltip');
const announced = (root: ParentNode) => root.querySelector('.dm-live')?.textContent ?? '';
const key = (root: ParentNode, k: string) => fireEvent.keyDown(group(root), { key: k });
// jsdom has no layout: the SVG sits at (0, 0), so client coordinates are SVG coordinates.
const centreOf = (rect: SVGRectElement) => {
  return {
    clientX: Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2,
    clientY: Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')) / 2,
  };
};
const seventies = { ...dataset, armsDeals: dataset.armsDeals.filter((d) => d.date >= '1970' && d.date < '1980') };

const STATUS_NAMES = { delivered: 'Delivered', agreed: 'Agreed', requested: 'Requested', refused: 'Refused' };

afterEach(() => vi.restoreAllMocks());

describe('ArmsDealBars in the browser', () => {
  it('is one tab stop; arrows walk along time and up the stack, each segment announced by period and status', () => {
    const { container } = render(<ArmsDealBars data={seventies} width={800} />);
    const stacks = binArmsDeals(seventies.armsDeals, 'deals', 1).stacks;
    const name = (i: number) =>
      `${stacks[i].period}, ${STATUS_NAMES[stacks[i].status]}: ${stacks[i].low}. ${i + 1} of ${stacks.length}`;
    act(() => group(container).focus());
    expect(announced(container)).toBe(name(0));
    // Up the first bar while it has segments, then along time to the next bar.
    let i = 0;
    while (stacks[i + 1]?.period === stacks[0].period) {
      key(container, 'ArrowUp');
      i += 1;
      expect(announced(container)).toBe(name(i));
    }
    key(container, 'ArrowRight');
    expect(announced(container)).toMatch(new RegExp(`^${stacks[i + 1].period}, `));
    key(container, 'End');
    expect(announced(container)).toBe(name(stacks.length - 1));
    key(container, 'Home');
    expect(announced(container)).toBe(name(0));
  });

  it('shows a short tooltip: period and status, the total, the deals one line each, how many sources', () => {
    const { container } = render(<ArmsDealBars data={seventies} measure="quantity" width={800} />);
    const [first] = binArmsDeals(seventies.armsDeals, 'quantity', 1).stacks;
    act(() => group(container).focus());
    const text = tooltip()?.textContent ?? '';
    expect(text).toContain(`${first.period} · ${STATUS_NAMES[first.status]}`);
    expect(text).toContain(`Items: ${first.low === first.high ? first.low : `${first.low}–${first.high}`}`);
    expect(text).toContain(first.deals[0].items[0].system);
    expect(text).toMatch(/\d+ sources?/);
    expect(text).not.toMatch(/Sources:/);
    expect(container.querySelector('.dm-focus-ring')).not.toBeNull();
    key(container, 'Escape');
    expect(tooltip()).toBeNull();
  });

  it('finds segments under the pointer by geometry and selects them on click and Enter', () => {
    const onSelect = vi.fn();
    const { container } = render(<ArmsDealBars data={dataset} measure="value" width={900} onSelect={onSelect} />);
    const all = segments(container);
    // The tallest segment: the largest sum of one year and status.
    const stacks = binArmsDeals(dataset.armsDeals, 'value', 1).stacks;
    const biggest = stacks.reduce((a, b) => (b.high > a.high ? b : a));
    const big = all.reduce((a, b) => (Number(b.getAttribute('height')) > Number(a.getAttribute('height')) ? b : a));
    fireEvent.pointerMove(group(container), centreOf(big));
    expect(tooltip()?.textContent).toContain(`${biggest.period} · ${STATUS_NAMES[biggest.status]}`);
    fireEvent.click(group(container), centreOf(big));
    act(() => group(container).focus());
    key(container, 'Enter'); // the keyboard picks up where the pointer was
    key(container, 'Home');
    key(container, 'Enter');
    const chosen = onSelect.mock.calls.map(([deals]) => (deals as ArmsDeal[]).map((d) => d.date));
    const dates = (s: (typeof stacks)[number]) => s.deals.map((d) => d.date);
    expect(chosen).toEqual([dates(biggest), dates(biggest), dates(stacks[0])]);
    fireEvent.blur(group(container));
    expect(tooltip()).toBeNull();
  });

  it('on a phone, a tap shows the tapped segment and keeps it after the finger lifts; a tap on empty space closes it', () => {
    const { container } = render(<ArmsDealBars data={dataset} measure="value" width={360} />);
    // The latest bar (time runs down the side on a phone), so Home moves away from it.
    const target = segments(container).reduce((a, b) =>
      Number(b.getAttribute('y')) > Number(a.getAttribute('y')) ? b : a,
    );
    const touch = { ...centreOf(target), pointerType: 'touch' };
    fireEvent.pointerDown(group(container), touch);
    act(() => group(container).focus()); // the focus a tap brings must not jump to the first segment
    fireEvent.pointerUp(group(container), touch);
    fireEvent.pointerLeave(group(container), touch);
    const tapped = tooltip()?.textContent;
    expect(tapped).toBeTruthy();
    fireEvent.pointerMove(group(container), { ...centreOf(target), pointerType: 'mouse' });
    expect(tooltip()?.textContent).toBe(tapped); // the segment under the finger, not the first one
    key(container, 'Home');
    expect(tooltip()?.textContent).not.toBe(tapped);
    fireEvent.pointerDown(group(container), { clientX: 1, clientY: 1, pointerType: 'touch' });
    expect(tooltip()).toBeNull();
  });

  it('hands its layout to children for extra SVG, and keeps it for equal inline props', () => {
    const seen = vi.fn((_layout: unknown) => <text className="extra">annotation</text>);
    const ui = (domain: [string, string]) => (
      <ArmsDealBars data={dataset} width={800} domain={domain}>
        {seen}
      </ArmsDealBars>
    );
    const { rerender, container } = render(ui(['1970', '1989']));
    rerender(ui(['1970', '1989']));
    rerender(ui(['1970', '1979']));
    const layouts = seen.mock.calls.map(([layout]) => layout);
    expect(layouts[1]).toBe(layouts[0]);
    expect(layouts[2]).not.toBe(layouts[1]);
    expect(container.querySelector('svg[role="img"] .extra')?.textContent).toBe('annotation');
  });

  it('downloads exactly the deals drawn as CSV: not the totals over several years, not those without the measure', async () => {
    const { container } = render(<ArmsDealBars data={dataset} statuses={['refused']} />);
    const { lines } = await downloadCsv(container);
    // Refusals of earlier agreements (continues) among them: the agreements are not shown, so they stand alone.
    const refused = dataset.armsDeals.filter((d) => d.status === 'refused' && d.end === undefined);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual(refused.map((d) => d.id).sort());
    const byValue = render(<ArmsDealBars data={dataset} measure="value" />);
    const drawn = binArmsDeals(dataset.armsDeals, 'value', 1).stacks.flatMap((s) => [...s.deals, ...s.stages]);
    const csv = await downloadCsv(byValue.container);
    const ids = csv.lines.filter((l) => /^arms-/.test(l)).map((l) => l.split(',')[0]);
    expect(ids.sort()).toEqual(drawn.map((d) => d.id).sort());
    expect(ids).not.toContain('arms-1991-su-sy-delivered-cumulative-1956-1991');
  });

  it('hydrates server markup without a mismatch', () => {
    const ui = <ArmsDealBars data={dataset} measure="value" title="Arms" />;
    const { host, errors } = hydrate(ui);
    expect(errors).not.toHaveBeenCalled();
    expect(segments(host).length).toBeGreaterThan(5);
  });

  it('warns once in development naming each bad record and field, and draws the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = [
      ...seventies.armsDeals,
      { ...seventies.armsDeals[0], id: 'bad-quantity', items: [{ system: 'X', category: 'armour', quantity: -3 }] },
      { ...seventies.armsDeals[0], id: 'bad-status', status: 'promised' },
    ] as ArmsDeal[];
    const { container, rerender } = render(<ArmsDealBars data={{ armsDeals: bad }} width={800} />);
    rerender(<ArmsDealBars data={{ armsDeals: bad }} width={700} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/ArmsDealBars left out 2 invalid records:/);
    expect(warn.mock.calls[0][0]).toContain('bad-quantity: items[0].quantity is not a number of 0 or more: -3');
    expect(warn.mock.calls[0][0]).toContain('bad-status: status is not one of');
    const drawn = binArmsDeals(seventies.armsDeals, 'deals', 1).stacks.flatMap((s) => [...s.deals, ...s.stages]);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(drawn.length);
  });
});
