import type { ReactElement } from 'react';
import { ArmsDealBars } from '../../src/charts/arms/ArmsDealBars';
import { TenureGantt } from '../../src/charts/gantt/TenureGantt';
import { VisitHeatmap } from '../../src/charts/heatmap/VisitHeatmap';
import type { Locale } from '../../src/charts/kit/locale';
import { dataset } from '../../src/data';

export type Theme = 'light' | 'dark' | 'print';

/** One chart with the bundled data over one period, as the stories draw it. */
export interface ChartCase {
  chart: 'TenureGantt' | 'ArmsDealBars' | 'VisitHeatmap';
  period: string;
  /** The chart at a width, in a locale and theme; `width` undefined fills its container. */
  draw: (locale: Locale, theme: Theme, width: number | undefined) => ReactElement;
}

export const LOCALES: readonly Locale[] = ['en', 'ar', 'ru'];
export const THEMES: readonly Theme[] = ['light', 'dark', 'print'];
export const WIDTHS = [360, 768, 1280] as const;

// Fixed, so the heatmap's last period and the Gantt's open bars do not change with the day the test runs.
const today = new Date('2026-11-26T00:00:00Z');

const coldWarMarkers = [
  'event-1967-06-05-six-day-war',
  'event-1973-10-06-october-war',
  'event-1980-10-08-treaty-friendship',
];

export const CASES: readonly ChartCase[] = [
  {
    chart: 'TenureGantt',
    period: 'full century',
    draw: (locale, theme, width) => (
      <TenureGantt
        data={dataset}
        locale={locale}
        theme={theme}
        width={width}
        today={today}
        markers={[
          'event-1944-07-22-diplomatic-relations',
          'event-1958-02-22-united-arab-republic',
          'event-1980-10-08-treaty-friendship',
          'event-2015-09-30-russian-military-intervention',
          'event-2024-12-08-fall-of-assad-government',
        ]}
      />
    ),
  },
  {
    chart: 'TenureGantt',
    period: 'Cold War 1955–1991',
    draw: (locale, theme, width) => (
      <TenureGantt
        data={dataset}
        locale={locale}
        theme={theme}
        width={width}
        today={today}
        domain={['1955', '1991']}
        markers={coldWarMarkers}
      />
    ),
  },
  {
    chart: 'ArmsDealBars',
    period: 'by year, value',
    draw: (locale, theme, width) => (
      <ArmsDealBars
        data={dataset}
        locale={locale}
        theme={theme}
        width={width}
        measure="value"
        markers={['event-1973-10-06-october-war', 'event-1980-10-08-treaty-friendship']}
      />
    ),
  },
  {
    chart: 'ArmsDealBars',
    period: 'by decade',
    draw: (locale, theme, width) => (
      <ArmsDealBars data={dataset} locale={locale} theme={theme} width={width} groupBy={10} />
    ),
  },
  {
    chart: 'ArmsDealBars',
    period: '1970s, quantity',
    draw: (locale, theme, width) => (
      <ArmsDealBars
        data={dataset}
        locale={locale}
        theme={theme}
        width={width}
        measure="quantity"
        domain={['1970', '1979']}
        markers={['event-1973-10-06-october-war']}
      />
    ),
  },
  {
    chart: 'VisitHeatmap',
    period: 'per decade',
    draw: (locale, theme, width) => (
      <VisitHeatmap data={dataset} locale={locale} theme={theme} width={width} today={today} bin={10} />
    ),
  },
  {
    chart: 'VisitHeatmap',
    period: 'per year',
    draw: (locale, theme, width) => (
      <VisitHeatmap
        data={dataset}
        locale={locale}
        theme={theme}
        width={width}
        today={today}
        bin={1}
        tenures
        markers={['event-1980-10-08-treaty-friendship', 'event-2015-09-30-russian-military-intervention']}
      />
    ),
  },
  {
    chart: 'VisitHeatmap',
    period: 'Cold War 1955–1991, per year',
    draw: (locale, theme, width) => (
      <VisitHeatmap
        data={dataset}
        locale={locale}
        theme={theme}
        width={width}
        today={today}
        domain={['1955', '1991']}
        bin={1}
        tenures
        markers={coldWarMarkers}
      />
    ),
  },
  {
    chart: 'VisitHeatmap',
    period: 'since 2011, per year',
    draw: (locale, theme, width) => (
      <VisitHeatmap
        data={dataset}
        locale={locale}
        theme={theme}
        width={width}
        today={today}
        domain={['2011', null]}
        bin={1}
        markers={['event-2015-09-30-russian-military-intervention', 'event-2024-12-08-fall-of-assad-government']}
      />
    ),
  },
];

/** People's names in every language the data has them in. */
export const PEOPLE = dataset.people.map((p) => p.name);
/** Every name the data has, to catch Latin-script names in Arabic. */
export const NAMES = [...PEOPLE, ...dataset.events.map((e) => e.title)];
