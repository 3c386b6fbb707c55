/**
 * The reader-view checker, shown each fault it must catch on small
 * hand-drawn figures (and a clean one it must pass), so the matrix's
 * green means something.
 */
import { type ReactElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartMarks } from '../../src/charts/kit/ChartMarks';
import { halo } from '../../src/charts/kit/halo';
import { Tooltip } from '../../src/charts/kit/Tooltip';
import { createTooltipStore } from '../../src/charts/kit/tooltipStore';
import { lowContrastTexts } from '../../stories/readerChecks';
import { readerViewProblems } from './readerView';

let root: Root | null = null;
let host: HTMLDivElement | null = null;

afterEach(() => {
  root?.unmount();
  host?.remove();
  root = null;
});

async function draw(ui: ReactElement, width = 400): Promise<HTMLElement> {
  host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root?.render(ui));
  await Promise.resolve();
  return host.querySelector('figure') as HTMLElement;
}

const figure = (svg: ReactElement, extra?: ReactElement) => (
  <figure style={{ margin: 0, width: 400 }}>
    <svg width={400} height={200} style={{ display: 'block', fontFamily: 'sans-serif' }}>
      <title>test</title>
      {svg}
    </svg>
    {extra}
  </figure>
);

const check = (f: HTMLElement, locale = 'en') =>
  readerViewProblems(f, { locale, names: [{ en: 'Leonid Brezhnev', ar: 'ليونيد بريجنيف' }], interact: false });

type Mark = { id: string; x: number };
const marks: Mark[] = [
  { id: 'a', x: 10 },
  { id: 'b', x: 60 },
  { id: 'c', x: 110 },
];
/** Three marks in a row, a year, and a CSV link: a chart in miniature. */
function Chart({ backwards, csv, tip = ['One line'] }: { backwards: boolean; csv: string; tip?: string[] }) {
  const [store] = useState(createTooltipStore<Mark>);
  return (
    <figure style={{ margin: 0 }}>
      <svg width={400} height={100}>
        <title>marks</title>
        <text x={10} y={80}>
          1970
        </text>
        <ChartMarks
          label="marks"
          store={store}
          marks={marks}
          box={(m) => ({ x: m.x, y: 10, width: 40, height: 20 })}
          records={(m) => [m.id]}
          // Right moves back: reading order broken. Up and down are left to the kit.
          step={(i, key) =>
            key === 'ArrowRight' ? i + (backwards ? -1 : 1) : key === 'ArrowLeft' ? i + (backwards ? 1 : -1) : null
          }
        >
          {marks.map((m) => (
            <rect key={m.id} x={m.x} y={10} width={40} height={20} />
          ))}
        </ChartMarks>
      </svg>
      <Tooltip
        store={store}
        render={() => (
          <div>
            {tip.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </div>
        )}
      />
      <a className="dm-download" href={`data:text/csv,${encodeURIComponent(csv)}`}>
        Get the data
      </a>
    </figure>
  );
}

describe('the reader-view checker', () => {
  it('passes a clean figure', async () => {
    const f = await draw(
      figure(
        <>
          <text x={10} y={20}>
            Hafez al-Assad
          </text>
          <text x={10} y={60}>
            Leonid Brezhnev
          </text>
        </>,
      ),
    );
    expect(await check(f)).toEqual([]);
  });

  it('finds texts on top of each other, and texts past the edge', async () => {
    const f = await draw(
      figure(
        <>
          <text x={10} y={20}>
            Bashar al-Assad
          </text>
          <text x={30} y={22}>
            Khaddam
          </text>
          <text x={395} y={100}>
            1992
          </text>
        </>,
      ),
    );
    const problems = await check(f);
    expect(problems).toContainEqual(expect.stringMatching(/^texts overlap: "Bashar al-Assad" .* and "Khaddam"/));
    expect(problems).toContainEqual(expect.stringMatching(/^text past the SVG's edge: "1992"/));
    expect(problems).toHaveLength(2);
  });

  it('finds a text cut by a clip path', async () => {
    const f = await draw(
      figure(
        <>
          <clipPath id="cut">
            <rect x={0} y={0} width={40} height={200} />
          </clipPath>
          <text x={10} y={20} clipPath="url(#cut)">
            Gorbachev
          </text>
        </>,
      ),
    );
    expect(await check(f)).toEqual([expect.stringMatching(/^text cut by a clip path: "Gorbachev"/)]);
  });

  it('finds an annotation line over a text, and over another annotation’s label even under a halo', async () => {
    const rule = (x: number) => <line x1={x} x2={x} y1={0} y2={200} stroke="black" />;
    const over = await draw(
      figure(
        <>
          <text x={10} y={50}>
            October War
          </text>
          <g className="dm-callout-rules">
            <g data-annotation="treaty">{rule(40)}</g>
          </g>
        </>,
      ),
    );
    expect(await check(over)).toEqual([
      expect.stringMatching(/^annotation line treaty crosses "October War".*drawn over/),
    ]);
    root?.unmount();
    host?.remove();
    const under = await draw(
      figure(
        <>
          <g className="dm-callout-rules">
            <g data-annotation="treaty">{rule(40)}</g>
          </g>
          <text x={10} y={50} {...halo}>
            October War
          </text>
          <g className="dm-callouts">
            <g data-annotation="war">
              <text x={10} y={100} {...halo}>
                October War
              </text>
            </g>
          </g>
        </>,
      ),
    );
    // Under a haloed name: fine. Through another annotation's label: never.
    expect(await check(under)).toEqual([expect.stringMatching(/^annotation line treaty crosses the annotation label/)]);
  });

  it('finds a name cut without an ellipsis', async () => {
    const f = await draw(
      figure(
        <>
          <text x={10} y={20}>
            Gorbache
          </text>
          <text x={10} y={50}>
            M. Gorbachev
          </text>
          <text x={10} y={80}>
            Gorbach…
          </text>
          <text x={10} y={110}>
            Горбач
          </text>
        </>,
      ),
    );
    const people = [{ en: 'Mikhail Gorbachev', ru: 'Михаил Горбачёв' }];
    expect(await readerViewProblems(f, { locale: 'en', people, interact: false })).toEqual([
      'name cut without an ellipsis: "Gorbache" ("Gorbache" of "Gorbachev")',
      'name cut without an ellipsis: "Горбач" ("Горбач" of "Горбачёв")',
    ]);
  });

  it('finds a page that scrolls sideways', async () => {
    const f = await draw(figure(<text y={20}>x</text>, <div style={{ width: 5000, height: 1 }} />));
    expect(await check(f)).toContainEqual(expect.stringMatching(/^the page scrolls sideways/));
  });

  it('finds Latin-script names in Arabic where the data has an Arabic form, and Western digits', async () => {
    const f = await draw(
      figure(
        <>
          <text x={10} y={20}>
            L. Brezhnev
          </text>
          <text x={10} y={60}>
            Nikolai Tikhonov
          </text>
          <text x={10} y={100}>
            حرب تشرين 1973
          </text>
          <text x={10} y={140}>
            ١٩٨٠
          </text>
        </>,
      ),
    );
    expect(await check(f, 'ar')).toEqual([
      'Latin-script name "L. Brezhnev" where the data has "ليونيد بريجنيف"',
      'Western digits in Arabic: "حرب تشرين 1973"',
    ]);
  });

  it('finds keys that scroll the page or run against reading order, and a CSV of other records', async () => {
    const good = await draw(<Chart backwards={false} csv={'id,name\na,x\nb,"y\n"",z"\nc,w\n'} />);
    expect(await readerViewProblems(good, { locale: 'en' })).toEqual([]);
    root?.unmount();
    host?.remove();
    const bad = await draw(<Chart backwards csv={'id,name\na,x\nb,y\nc,w\nd,v\n'} />);
    const problems = await readerViewProblems(bad, { locale: 'en' });
    expect(problems).toContain('the CSV holds 1 records not drawn (of 4; drawn 3): d');
    expect(problems).toContainEqual(expect.stringMatching(/^ArrowLeft moved from .*: not to the left/));
    // Arrows move the way they point in Arabic too, where time runs right to left: still wrong.
    const arabic = await readerViewProblems(bad, { locale: 'ar' });
    expect(arabic).toContainEqual(expect.stringMatching(/^ArrowLeft moved from .*: not to the left/));
  });

  it('finds a tooltip that covers the chart or prints our cataloguing notes', async () => {
    const long = Array.from({ length: 14 }, (_, i) => `Visit ${i + 1}`);
    const f = await draw(
      <Chart backwards={false} csv={'id\na\nb\nc\n'} tip={[...long, '[Untitled page: list] https://x.org']} />,
    );
    const problems = await readerViewProblems(f, { locale: 'en' });
    expect(problems).toContainEqual(expect.stringMatching(/^the tooltip runs to 15 lines \(at most 10\)/));
    expect(problems).toContainEqual(expect.stringMatching(/^the tooltip prints a cataloguing note or address/));
  });

  it('finds text that does not read against what it sits on, and passes a halo that lifts it', async () => {
    const f = await draw(
      <figure style={{ margin: 0, width: 400, background: '#141414' }}>
        <svg width={400} height={100}>
          <title>contrast</title>
          <rect x={0} y={0} width={100} height={40} fill="#56B4E9" />
          <text x={10} y={25} fill="#ffffff">
            white on sky blue
          </text>
          <text x={200} y={25} fill="#333333">
            grey on black
          </text>
          <rect x={0} y={50} width={100} height={40} fill="#56B4E9" />
          <text x={10} y={75} fill="#ffffff" stroke="#141414" strokeWidth={3} paintOrder="stroke">
            halo
          </text>
        </svg>
      </figure>,
    );
    expect(lowContrastTexts(f)).toEqual(['"white on sky blue" at 2.31 : 1', '"grey on black" at 1.46 : 1']);
  });
});
