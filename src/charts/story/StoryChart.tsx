import { Component, type ComponentType, createRef, type ReactNode } from 'react';
import { visuallyHidden } from '../kit/visuallyHidden.js';
import { LEAVING, watchRemovals } from './leaving.js';

/** One state of a story: any props of the chart to set over the base props (`domain`, `highlight`, `annotations`, …). */
export type StoryStep<P> = Partial<P> & {
  /** What a screen reader hears when the chart reaches this step; the step's own text stays in the page. */
  label?: string;
};

/** Props of {@link StoryChart}. */
export type StoryChartProps<P> = P & {
  /** The chart to move through the steps: `TenureGantt`, `ArmsDealBars` or `VisitHeatmap`. */
  chart: ComponentType<P>;
  steps: readonly StoryStep<P>[];
  /** The step shown (see useScrollStep); 0 before the reader scrolls, and on the server. */
  step: number;
  /** Seconds a change of step takes (default 0.6); none under `prefers-reduced-motion`. */
  duration?: number;
};

/**
 * Transitions on the geometry React changes from step to step. Marks keep
 * their keys across steps, so React updates their attributes and the
 * browser moves them; where a browser cannot animate a property, the chart
 * changes without motion. Written with zero specificity so a page can override it.
 * Marks a step removes fade out as copies (leaving.ts).
 * (tests/browser/story.test.tsx: `x`, `width` and `d` move, marks fade in and out.)
 */
const motion = (duration: number) =>
  `:where(.dm-story) :where(rect, path, line, circle, text, g){transition:x ${duration}s,y ${duration}s,width ${duration}s,height ${duration}s,d ${duration}s,cx ${duration}s,cy ${duration}s,opacity ${duration}s,fill-opacity ${duration}s,transform ${duration}s}` +
  // Marks a step adds fade in from nothing (where the browser knows @starting-style).
  '@starting-style{:where(.dm-story) :where(rect, path, line, circle, text){opacity:0}}' +
  // Marks leaving fade in half the time: where they were is no longer where anything is.
  `:where(.dm-story) .${LEAVING}{animation:dm-story-leave ${duration / 2}s forwards;pointer-events:none}` +
  '@keyframes dm-story-leave{to{opacity:0}}' +
  '@media (prefers-reduced-motion: reduce){:where(.dm-story) *{transition:none!important}}';

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

type StepFrameProps = { step: number; seconds: number; children: ReactNode };

/**
 * The story's box. A class, for React's one hook that runs before the DOM
 * changes (getSnapshotBeforeUpdate): it watches the step's update, so the
 * marks it removes can fade out. Hover and focus never reach it.
 */
class StepFrame extends Component<StepFrameProps> {
  box = createRef<HTMLDivElement>();

  getSnapshotBeforeUpdate(before: StepFrameProps): (() => number) | null {
    const box = this.box.current;
    if (before.step === this.props.step || !box || this.props.seconds === 0 || reducedMotion()) return null;
    return watchRemovals(box, this.props.seconds / 2);
  }

  componentDidUpdate(_: StepFrameProps, __: unknown, fadeOut: (() => number) | null) {
    fadeOut?.();
  }

  render() {
    return (
      <div ref={this.box} className="dm-story" data-step={this.props.step}>
        {this.props.children}
      </div>
    );
  }
}

/**
 * One chart moved through the states of a story as the reader scrolls: the
 * step's props over the base props, the marks moving between them, and the
 * new state announced. The server renders the first step complete.
 *
 * @example
 * const [step, stepRef] = useScrollStep();
 * <StoryChart chart={ArmsDealBars} data={dataset} steps={STEPS} step={step} />
 * {STEPS.map((s, i) => <p key={i} ref={stepRef(i)}>{s.label}</p>)}
 */
export function StoryChart<P extends object>({
  chart: Chart,
  steps,
  step,
  duration = 0.6,
  ...base
}: StoryChartProps<P>) {
  // Props from a page's own code may be anything: a list that is not one has no steps.
  const list: readonly StoryStep<P>[] = Array.isArray(steps) ? steps : [];
  const at = Math.max(0, Math.min(list.length - 1, Number.isInteger(step) ? step : 0));
  const chosen = list[at];
  const { label, ...props } =
    chosen !== null && typeof chosen === 'object' && !Array.isArray(chosen) ? chosen : ({} as StoryStep<P>);
  const seconds = typeof duration === 'number' && Number.isFinite(duration) ? Math.max(0, Math.min(5, duration)) : 0.6;
  return (
    <StepFrame step={at} seconds={seconds}>
      <style>{motion(seconds)}</style>
      <Chart {...(base as P)} {...(props as Partial<P>)} />
      <div className="dm-story-live" aria-live="polite" aria-atomic="true" style={visuallyHidden}>
        {typeof label === 'string' && label ? label : `${at + 1} / ${Math.max(1, list.length)}`}
      </div>
    </StepFrame>
  );
}
