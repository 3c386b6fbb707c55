/**
 * Fuzz: a StoryChart in the page (jsdom) with any steps, step numbers and
 * duration a page's code might pass, moved from step to step. No exception,
 * no React error, no NaN or Infinity on the page, a step always shown (one
 * the story has), and its announcement never empty. Also the scroll band
 * useScrollStep asks the browser for, from any offset.
 */
import { act } from '@testing-library/react';
import fc from 'fast-check';
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { ArmsDealBars } from '../src/charts/arms/ArmsDealBars';
import { TenureGantt } from '../src/charts/gantt/TenureGantt';
import { VisitHeatmap } from '../src/charts/heatmap/VisitHeatmap';
import { StoryChart } from '../src/charts/story/StoryChart';
import { scrollBand } from '../src/charts/story/useScrollStep';
import { dataset } from '../src/data/index';
import { hostileValue, params, props, TIMEOUT } from './arbitraries';

// biome-ignore lint/suspicious/noExplicitAny: hostile props on purpose.
type AnyChart = ComponentType<any>;
const CHARTS: [string, AnyChart, keyof typeof props][] = [
  ['TenureGantt', TenureGantt, 'gantt'],
  ['ArmsDealBars', ArmsDealBars, 'arms'],
  ['VisitHeatmap', VisitHeatmap, 'heatmap'],
];

URL.createObjectURL = () => 'blob:fuzz';
URL.revokeObjectURL = () => {};

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const stepNumber = fc.oneof(fc.integer({ min: -2, max: 6 }), fc.double(), hostileValue);

describe.each(CHARTS)('StoryChart of %s, fuzzed', (_name, Chart, kind) => {
  it(
    'moves through any steps without an error, always on a step it has, always announcing it',
    () => {
      const steps = fc.oneof(
        fc.array(
          fc.oneof(
            fc.tuple(props[kind], fc.oneof(fc.string(), hostileValue)).map(([p, label]) => ({ ...p, label })),
            // Not a step at all. (An object with keys no chart has goes onto the figure, as a chart's own props do.)
            hostileValue.filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
          ),
          { maxLength: 4 },
        ),
        hostileValue,
      );
      fc.assert(
        fc.property(
          steps,
          fc.array(stepNumber, { minLength: 1, maxLength: 4 }),
          fc.oneof(fc.double(), hostileValue),
          (list, moves, duration) => {
            const host = document.createElement('div');
            document.body.append(host);
            const root = createRoot(host);
            errors.mockClear();
            try {
              for (const step of moves) {
                act(() =>
                  root.render(
                    <StoryChart
                      chart={Chart}
                      data={dataset}
                      width={480}
                      steps={list}
                      step={step}
                      duration={duration}
                    />,
                  ),
                );
                const story = host.querySelector<HTMLElement>('.dm-story');
                const count = Array.isArray(list) ? list.length : 0;
                expect(Number(story?.dataset.step)).toBeGreaterThanOrEqual(0);
                expect(Number(story?.dataset.step)).toBeLessThanOrEqual(Math.max(0, count - 1));
                expect(host.querySelector('.dm-story-live')?.textContent?.trim()).not.toBe('');
                expect(host.innerHTML).not.toMatch(/NaN|Infinity/);
              }
              expect(errors).not.toHaveBeenCalled();
            } finally {
              act(() => root.unmount());
              host.remove();
            }
          },
        ),
        params(25),
      );
    },
    TIMEOUT,
  );
});

describe('useScrollStep’s band', () => {
  it('is a margin IntersectionObserver takes, for any offset', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), hostileValue), (offset) => {
        const band = scrollBand(offset);
        const [top, , bottom] = band.split(' ').map((part) => Number.parseFloat(part));
        expect(band).toMatch(/^-?\d+% 0px -?\d+% 0px$/);
        // A band of no height, inside the viewport: the two margins take 100% between them.
        expect(top + bottom).toBe(-100);
        expect(top).toBeLessThanOrEqual(0);
        expect(bottom).toBeLessThanOrEqual(0);
      }),
    );
  });
});
