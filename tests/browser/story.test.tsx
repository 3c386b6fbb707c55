/**
 * A story's step change as a reader sees it in Chromium: marks that stay
 * move, marks the step adds fade in, marks it removes fade out (as hidden,
 * unfocusable copies that then go), and nothing moves under reduced motion.
 * Animations are paused half-way through, so the test reads the page at a
 * known moment instead of racing the clock.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArmsDealBars } from '../../src/charts/arms/ArmsDealBars';
import { StoryChart, type StoryStep } from '../../src/charts/story/StoryChart';
import { dataset } from '../../src/data';
import type { ArmsDealBarsProps } from '../../src/index';

const AIRLIFT = { id: 'airlift', date: '1973-10', status: 'delivered', text: 'Airlift' } as const;
const STEPS: StoryStep<ArmsDealBarsProps>[] = [
  { bin: 1, label: 'Every year', annotations: [AIRLIFT] },
  { bin: 1, domain: ['1970', '1979'], label: 'The 1970s', annotations: [AIRLIFT] },
];
const SECONDS = 0.4;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function draw(step: number, width = 640) {
  act(() =>
    root?.render(
      <StoryChart chart={ArmsDealBars} data={dataset} width={width} steps={STEPS} step={step} duration={SECONDS} />,
    ),
  );
}

/** The chart at step 0, drawn and styled, as a reader sees it before scrolling on. */
async function mount() {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  draw(0);
  await frame();
  // The first step fades in as the page shows it; a reader scrolls on after that.
  await settled();
  return host;
}

// A frame drawn: rAF runs before the frame's style, so the second rAF comes after the first frame is styled.
// Every animation over (or cancelled, as a removed copy's is).
const settled = () => Promise.allSettled(document.getAnimations().map((animation) => animation.finished));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Every running animation and transition, paused at `fraction` of the way. */
function pauseAt(fraction: number) {
  const animations = document.getAnimations();
  for (const animation of animations) {
    animation.pause();
    animation.currentTime = SECONDS * 1000 * fraction;
  }
  return animations;
}

const px = (value: string) => Number.parseFloat(value);
const attr = (element: Element, name: string) => Number(element.getAttribute(name));
const geometry = (rect: Element) => ['x', 'y', 'width', 'height'].map((name) => rect.getAttribute(name)).join();

describe('StoryChart in Chromium: a change of step', () => {
  it('moves the marks that stay from where they were to where they go, and leaves the rest still', async () => {
    const host = await mount();
    const rects = [...host.querySelectorAll('svg rect')];
    const was = new Map(
      rects.map((rect) => [rect, { x: attr(rect, 'x'), width: attr(rect, 'width'), geometry: geometry(rect) }]),
    );
    const paths = [...host.querySelectorAll('svg path')];
    const shapes = new Map(paths.map((path) => [path, path.getAttribute('d')]));
    draw(1);
    pauseAt(0.5);
    let moved = 0;
    let still = 0;
    for (const [rect, from] of was) {
      if (!rect.isConnected) continue;
      const style = getComputedStyle(rect);
      for (const name of ['x', 'width'] as const) {
        const to = attr(rect, name);
        const now = px(style[name]);
        if (to === from[name]) continue;
        moved++;
        expect(
          Math.min(from[name], to) < now && now < Math.max(from[name], to),
          `${name} ${from[name]} → ${now} → ${to}`,
        ).toBe(true);
      }
      // What the step leaves as it was (the legend's keys, say) stays still: nothing flickers.
      if (geometry(rect) === from.geometry) {
        still++;
        expect(
          rect.getAnimations().map((a) => (a as CSSTransition).transitionProperty),
          rect.outerHTML,
        ).toEqual([]);
      }
    }
    expect(moved).toBeGreaterThan(0);
    expect(still).toBeGreaterThan(0);
    // A path's shape moves too, where its commands stay the same (the callout's connector): half-way it is neither.
    const commands = (d: string | null) => d?.replace(/[^a-z]/gi, '');
    const reshaped = [...shapes].filter(
      ([path, d]) =>
        path.isConnected && path.getAttribute('d') !== d && commands(path.getAttribute('d')) === commands(d),
    );
    expect(reshaped.length).toBeGreaterThan(0);
    for (const [path] of reshaped) {
      const at = (fraction: number) => {
        pauseAt(fraction);
        return getComputedStyle(path).getPropertyValue('d');
      };
      const [start, middle, end] = [at(0), at(0.5), at(0.999)];
      expect(middle).not.toBe(start);
      expect(middle).not.toBe(end);
    }
  });

  it('fades out the marks the step removes: hidden copies, in their old place, gone once faded', async () => {
    const host = await mount();
    const bars = [...host.querySelectorAll('svg rect')];
    draw(1);
    const removed = bars.filter((rect) => !rect.isConnected);
    expect(removed.length).toBeGreaterThan(0);
    const copies = [...host.querySelectorAll('.dm-story-leaving')];
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      expect(copy.closest('svg'), 'inside the chart').not.toBeNull();
      expect(copy.getAttribute('aria-hidden')).toBe('true');
      expect(copy.querySelectorAll('[id], [tabindex]')).toHaveLength(0);
      expect(copy.hasAttribute('id') || copy.hasAttribute('tabindex')).toBe(false);
    }
    // They fade in half the step's time: a quarter of the way, half gone.
    pauseAt(0.25);
    const opacity = Number(getComputedStyle(copies[0]).opacity);
    expect(opacity).toBeGreaterThan(0.05);
    expect(opacity).toBeLessThan(0.95);
    for (const animation of document.getAnimations()) animation.play();
    await new Promise((resolve) => setTimeout(resolve, (SECONDS / 2) * 1000 + 200));
    expect(host.querySelectorAll('.dm-story-leaving')).toHaveLength(0);
  });

  it('fades in the marks the step adds', async () => {
    const host = await mount();
    draw(1);
    await frame();
    await settled();
    const before = new Set(host.querySelectorAll('svg rect'));
    draw(0);
    const added = [...host.querySelectorAll('svg rect:not(.dm-story-leaving)')].filter((rect) => !before.has(rect));
    expect(added.length).toBeGreaterThan(0);
    pauseAt(0.5);
    const opacity = Number(getComputedStyle(added[0]).opacity);
    expect(opacity).toBeGreaterThan(0.05);
    expect(opacity).toBeLessThan(0.95);
  });

  it('leaves no copies when the step stays (a new width is not a new step) or the reader asks for less motion', async () => {
    const host = await mount();
    draw(0, 500);
    expect(host.querySelectorAll('.dm-story-leaving')).toHaveLength(0);
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList,
    );
    draw(1, 500);
    expect(host.querySelectorAll('.dm-story-leaving')).toHaveLength(0);
  });
});
