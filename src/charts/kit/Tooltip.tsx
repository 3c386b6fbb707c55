import {
  type CSSProperties,
  type ReactNode,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { createPortal } from 'react-dom';
import { themeStyle, themes, themeVar } from './theme.js';
import type { TooltipStore } from './tooltipStore.js';

/** Props of {@link Tooltip}. */
export interface TooltipProps<T> {
  store: TooltipStore<T>;
  /** The tooltip's content for a datum; text only, never HTML. */
  render: (datum: T) => ReactNode;
}

/** The theme's custom properties, by name: what the tooltip takes from its chart. */
const THEME_PROPERTIES = Object.keys(themeStyle(themes.light));

/**
 * What the tooltip inherits from its chart, read where the chart is: in
 * `document.body` it inherits nothing, so the theme's colours, the font,
 * the direction and the language go with it.
 */
function inherited(anchor: HTMLElement): { style: CSSProperties; dir: string; lang: string } {
  const computed = getComputedStyle(anchor);
  const style: Record<string, string> = { fontFamily: computed.fontFamily };
  for (const name of THEME_PROPERTIES) {
    const value = computed.getPropertyValue(name).trim();
    if (value) style[name] = value;
  }
  const chart = anchor.closest<HTMLElement>('[dir]');
  return { style, dir: chart?.dir ?? '', lang: anchor.closest<HTMLElement>('[lang]')?.lang ?? '' };
}

const OFFSET = 12;
const MARGIN = 8;
const nothing = () => null;
// React 18 warns about layout effects on the server, where there is nothing to measure anyway.
const useBrowserLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The tooltip every chart uses. It sits in fixed position over the viewport
 * and turns to the other side of its anchor near an edge, so it stays on
 * screen in a narrow iframe too. It is drawn in `document.body` through a
 * portal, so a transformed, clipped or scrolling ancestor (a CMS card, a
 * slide, an animated section) moves or cuts nothing; it takes the chart's
 * theme, font, direction and language with it. Screen readers get the same
 * text from the marks' labels, so it is hidden from them.
 */
export function Tooltip<T>({ store, render }: TooltipProps<T>) {
  const state = useSyncExternalStore(store.subscribe, store.get, nothing);
  const ref = useRef<HTMLDivElement>(null);
  // Where the chart is: the tooltip reads its theme there.
  const anchor = useRef<HTMLSpanElement>(null);
  const [from, setFrom] = useState<ReturnType<typeof inherited> | null>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  // Read once per showing, before the tooltip paints: the theme can change between showings.
  const open = state !== null;
  useBrowserLayoutEffect(() => {
    setFrom(open && anchor.current ? inherited(anchor.current) : null);
  }, [open]);

  useBrowserLayoutEffect(() => {
    const box = ref.current;
    if (!state || !box) return setPosition(null);
    const { width, height } = box.getBoundingClientRect();
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    let left = state.x + OFFSET;
    if (left + width > vw - MARGIN) left = state.x - OFFSET - width;
    let top = state.y - height - OFFSET;
    if (top < MARGIN) top = state.y + OFFSET;
    left = Math.max(MARGIN, Math.min(left, vw - width - MARGIN));
    top = Math.max(MARGIN, Math.min(top, vh - height - MARGIN));
    setPosition({ left, top });
  }, [state, from]);

  // Nothing but the anchor on the server and before the first showing, so hydration matches.
  const here = <span ref={anchor} hidden />;
  if (!state || !from) return here;
  return (
    <>
      {here}
      {createPortal(
        <div
          ref={ref}
          className="dm-tooltip"
          role="tooltip"
          // The live region says the same to screen readers (ChartTooltip).
          aria-hidden="true"
          dir={from.dir || undefined}
          lang={from.lang || undefined}
          style={{
            ...from.style,
            position: 'fixed',
            left: position?.left ?? 0,
            top: position?.top ?? 0,
            visibility: position ? 'visible' : 'hidden',
            maxWidth: 'min(320px, calc(100vw - 16px))',
            padding: '6px 8px',
            background: themeVar('background'),
            color: themeVar('text'),
            border: `1px solid ${themeVar('grid')}`,
            borderRadius: 3,
            boxShadow: '0 1px 4px rgba(0,0,0,.2)',
            fontSize: 13,
            lineHeight: 1.35,
            pointerEvents: 'none',
            zIndex: 1000,
          }}
        >
          {render(state.datum)}
        </div>,
        document.body,
      )}
    </>
  );
}
