// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '../src/data/index';
import { drawArms } from '../src/embed/draw/arms';
import { mount } from '../src/embed/mount';
import { readEmbedParams } from '../src/embed/params';

const STEPS = [
  { label: 'All years', bin: 10 },
  { label: 'The 1970s', domain: ['1970', '1979'] },
  {
    label: 'Since 2011',
    domain: ['2011', null],
    annotations: [{ kind: 'period', start: '2011', end: '2024', text: 'War' }],
  },
];

describe('an embed page with steps', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('reads steps and the first step from its address, naming what a step may not set', () => {
    const { options, problems } = readEmbedParams(
      `?steps=${encodeURIComponent(JSON.stringify([{ domain: ['1970', '1979'], width: 9 }]))}&step=3`,
      'arms',
    );
    expect(options.steps).toEqual([{ domain: ['1970', '1979'] }]);
    expect(options.step).toBeUndefined();
    expect(problems).toEqual([
      'steps[0].width is not something a step sets (domain, highlight, annotations, markers, statuses, bin, label); ignored.',
      'step="3" is not one of the steps given; showing the first.',
    ]);
    expect(readEmbedParams('?steps={"a":1}', 'arms').problems[0]).toMatch(/^steps= is not a JSON list/);
  });

  it('shows the step asked, then the one the host page posts, and ignores any other message', async () => {
    window.history.replaceState(null, '', `/arms.html?steps=${encodeURIComponent(JSON.stringify(STEPS))}&step=1`);
    document.body.innerHTML = '<div id="chart"></div>';
    let unmount = () => {};
    act(() => {
      unmount = mount('arms', (props) => drawArms(props, dataset));
    });
    const story = () => document.querySelector('.dm-story') as HTMLElement;
    expect(story().dataset.step).toBe('1');
    expect(document.querySelector('.dm-story-live')?.textContent).toBe('The 1970s');
    const post = async (data: unknown) => {
      await act(async () => {
        window.dispatchEvent(new MessageEvent('message', { data }));
      });
    };
    await post({ 'damascus-moscow-step': 2 });
    expect(story().dataset.step).toBe('2');
    expect(document.querySelector('.dm-periods rect')).not.toBeNull();
    for (const data of [{ 'damascus-moscow-step': 7 }, { 'damascus-moscow-step': '0' }, null, 'step', { other: 0 }])
      await post(data);
    expect(story().dataset.step).toBe('2');
    await post({ 'damascus-moscow-step': 0 });
    expect(story().dataset.step).toBe('0');
    act(() => unmount());
  });
});
