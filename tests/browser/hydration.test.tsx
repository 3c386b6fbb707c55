/**
 * Server markup hydrated in Chromium, as a page that server-renders a chart
 * does it: any warning or error React reports (a mismatch, a key, a
 * layout effect on the server) fails the test. Two separate server renders
 * that agree prove nothing about hydration; this does.
 */
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArmsDealBars } from '../../src/charts/arms/ArmsDealBars';
import { TenureGantt } from '../../src/charts/gantt/TenureGantt';
import { VisitHeatmap } from '../../src/charts/heatmap/VisitHeatmap';
import { StoryChart } from '../../src/charts/story/StoryChart';
import { dataset } from '../../src/data';

const today = new Date('2026-11-26T00:00:00Z');
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const charts: [string, (locale: 'en' | 'ar' | 'ru', theme: 'light' | 'dark') => ReactElement][] = [
  [
    'TenureGantt',
    (locale, theme) => (
      <TenureGantt
        data={dataset}
        locale={locale}
        theme={theme}
        today={today}
        domain={['1955', '1991']}
        markers={['event-1973-10-06-october-war']}
      />
    ),
  ],
  ['ArmsDealBars', (locale, theme) => <ArmsDealBars data={dataset} locale={locale} theme={theme} measure="value" />],
  [
    'VisitHeatmap',
    (locale, theme) => <VisitHeatmap data={dataset} locale={locale} theme={theme} today={today} bin={10} tenures />,
  ],
  [
    'StoryChart (arms, step 1 of 2, annotated)',
    (locale, theme) => (
      <StoryChart
        chart={ArmsDealBars}
        data={dataset}
        locale={locale}
        theme={theme}
        steps={[
          { bin: 10 },
          {
            domain: ['1970', '1979'],
            label: 'The 1970s',
            annotations: [{ date: '1973-10', status: 'delivered', text: 'Airlift' }],
          },
        ]}
        step={1}
      />
    ),
  ],
];

let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('hydrating server markup in the browser', () => {
  for (const [name, draw] of charts) {
    for (const [locale, theme] of [
      ['en', 'light'],
      ['ar', 'dark'],
      ['ru', 'light'],
    ] as const) {
      it(`${name}, ${locale}, ${theme}: hydrates without a warning, then fills its column`, async () => {
        const host = document.createElement('div');
        host.style.width = '720px';
        document.body.append(host);
        host.innerHTML = renderToString(draw(locale, theme));
        const serverSvg = host.querySelector('svg[role="img"]')?.outerHTML;
        const reported: string[] = [];
        const say =
          (kind: string) =>
          (...args: unknown[]) =>
            reported.push(`${kind}: ${args.map(String).join(' ').slice(0, 300)}`);
        vi.spyOn(console, 'error').mockImplementation(say('console.error'));
        vi.spyOn(console, 'warn').mockImplementation(say('console.warn'));
        root = hydrateRoot(host, draw(locale, theme), {
          onRecoverableError: (error) => reported.push(`recoverable: ${String(error)}`),
        });
        // Hydration, then the width measured and drawn again.
        for (let i = 0; i < 10; i++) await frame();
        expect(reported).toEqual([]);
        expect(serverSvg).toBeTruthy();
        // The server draws at 640 px; in the page the chart takes the column's width.
        expect(host.querySelector('svg[role="img"]')?.getAttribute('width')).toBe(
          String(Math.floor((host.querySelector('.dm-plot') as HTMLElement).clientWidth)),
        );
        expect(host.querySelector('a.dm-download')?.getAttribute('href')).toMatch(/^blob:/);
      });
    }
  }
});
