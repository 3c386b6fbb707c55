import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ChartMarks } from '../../src/charts/kit/ChartMarks';
import { ChartSvg } from '../../src/charts/kit/ChartSvg';
import { ChartTooltip } from '../../src/charts/kit/ChartTooltip';
import { timeKeys } from '../../src/charts/kit/markNavigation';
import { paletteVar } from '../../src/charts/kit/theme';
import { createTooltipStore } from '../../src/charts/kit/tooltipStore';

type Bar = { id: string; label: string; x: number; height: number };
const BARS: Bar[] = ['1970', '1975', '1980', '1985', '1990'].map((label, i) => ({
  id: `bar-${label}`,
  label,
  x: 20 + i * 70,
  height: 30 + ((i * 37) % 90),
}));
const BASE = 150;
/** How many times the marks have drawn, across the page. */
const renders = { current: 0 };

/** Counts its own renders: the marks should draw once, however the reader moves. */
function Bars() {
  renders.current++;
  return (
    <g>
      {BARS.map((b) => (
        <rect key={b.id} x={b.x} y={BASE - b.height} width={50} height={b.height} fill={paletteVar(0)} />
      ))}
    </g>
  );
}

/**
 * The marks' keyboard and pointer, alone: five plain rects in `ChartMarks`,
 * with `ChartTooltip` and its live region. One tab stop; arrow keys move in
 * reading order (mirrored in Arabic by `timeKeys`); the pointer finds marks
 * by geometry; the rects themselves carry no handler.
 */
function Keyboard({ rtl = false }: { rtl?: boolean }) {
  const [store] = useState(createTooltipStore<Bar>);
  const { forward, back } = timeKeys(rtl);
  const marks = rtl ? [...BARS].reverse() : BARS;
  return (
    <figure style={{ margin: 0 }}>
      <ChartSvg id="keyboard" width={400} height={170} title="Five bars" description="Five bars, one per five years.">
        <ChartMarks
          label="5 bars; arrow keys move between them"
          store={store}
          marks={marks}
          box={(b) => ({ x: b.x, y: BASE - b.height, width: 50, height: b.height })}
          step={(i, key) =>
            key === forward
              ? i + 1
              : key === back
                ? i - 1
                : key === 'Home'
                  ? 0
                  : key === 'End'
                    ? marks.length - 1
                    : null
          }
          records={(b) => [b.id]}
        >
          <Bars />
        </ChartMarks>
      </ChartSvg>
      <ChartTooltip
        store={store}
        render={(b) => <div>{b.label}</div>}
        describe={(b) => `Bar ${b.label}`}
        count={marks.length}
        locale="en"
      />
    </figure>
  );
}

const meta = { title: 'Marks/ChartMarks', component: Keyboard, parameters: { layout: 'padded' } } satisfies Meta<
  typeof Keyboard
>;
export default meta;
type Story = StoryObj<typeof meta>;

const announced = (canvas: HTMLElement) => canvas.querySelector('.dm-live')?.textContent ?? '';

/** Tab in, arrows across, End, Escape: each step announced and shown; the marks never re-render. */
export const KeyboardAndPointer: Story = {
  play: async ({ canvasElement }) => {
    const before = renders.current;
    await userEvent.tab();
    await waitFor(() => expect(announced(canvasElement)).toBe('Bar 1970. 1 of 5'));
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(announced(canvasElement)).toBe('Bar 1975. 2 of 5'));
    await expect(document.querySelector('.dm-tooltip')).toHaveTextContent('1975');
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(announced(canvasElement)).toBe('Bar 1990. 5 of 5'));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(document.querySelector('.dm-tooltip')).toBeNull());
    // The pointer finds the third bar by its box.
    const rect = canvasElement.querySelectorAll('rect')[2].getBoundingClientRect();
    await userEvent.pointer({
      target: canvasElement.querySelector('.dm-marks') as Element,
      coords: { clientX: rect.x + 25, clientY: rect.bottom - 5 },
    });
    await waitFor(() => expect(document.querySelector('.dm-tooltip')).toHaveTextContent('1980'));
    // Every move re-rendered the tooltip and the live region, never the marks.
    await expect(renders.current).toBe(before);
  },
};

/** In Arabic, time runs right to left: the first bar in reading order is the rightmost, and ← moves on. */
export const RightToLeft: Story = {
  args: { rtl: true },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await waitFor(() => expect(announced(canvasElement)).toBe('Bar 1990. 1 of 5'));
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(announced(canvasElement)).toBe('Bar 1985. 2 of 5'));
  },
};
