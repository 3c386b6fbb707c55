// d3-scale's own modules, reached through the `d3-scale-src` alias (scripts/visx/bundling.mjs). Untyped upstream.
declare module 'd3-scale-src/index.js' {
  export * from 'd3-scale';
}
declare module 'd3-scale-src/init.js' {
  export function initRange(this: unknown, ...args: unknown[]): unknown;
}
declare module 'd3-scale-src/time.js' {
  import type { ScaleTime } from 'd3-scale';
  import type { CountableTimeInterval, TimeInterval } from 'd3-time';
  /** d3's time scale over the given intervals and formatter (what scaleTime and scaleUtc are made of). */
  export function calendar(
    ticks: (start: Date, stop: Date, count: number) => Date[],
    tickInterval: (start: Date, stop: Date, count: number) => TimeInterval | null,
    year: CountableTimeInterval,
    month: CountableTimeInterval,
    week: CountableTimeInterval,
    day: CountableTimeInterval,
    hour: CountableTimeInterval,
    minute: CountableTimeInterval,
    second: CountableTimeInterval,
    format: (specifier: string) => (date: Date) => string,
  ): ScaleTime<number, number>;
}
