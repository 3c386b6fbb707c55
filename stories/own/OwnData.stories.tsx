import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import arms from '../../examples/freedonia-sylvania/arms-deals.csv?raw';
import events from '../../examples/freedonia-sylvania/events.csv?raw';
import people from '../../examples/freedonia-sylvania/people.csv?raw';
import sources from '../../examples/freedonia-sylvania/sources.csv?raw';
import tenures from '../../examples/freedonia-sylvania/tenures.csv?raw';
import visits from '../../examples/freedonia-sylvania/visits.csv?raw';
import { ArmsDealBars } from '../../src/charts/arms/ArmsDealBars';
import { TenureGantt } from '../../src/charts/gantt/TenureGantt';
import { VisitHeatmap } from '../../src/charts/heatmap/VisitHeatmap';
import { formatDataProblem, readCsvFiles } from '../../src/io/readDataset';

// A fictional pair of countries, read from CSV text exactly as a desk's spreadsheet export would be.
const { dataset: data, problems } = readCsvFiles({
  'sources.csv': sources,
  'people.csv': people,
  'tenures.csv': tenures,
  'visits.csv': visits,
  'arms-deals.csv': arms,
  'events.csv': events,
});
const polityNames = { FD: 'Freedonia', SV: 'Sylvania' };

function OwnData() {
  return (
    <div style={{ display: 'grid', gap: 32, maxWidth: 720 }}>
      {problems.length > 0 && <pre>{problems.map(formatDataProblem).join('\n')}</pre>}
      <TenureGantt
        data={data}
        polityNames={polityNames}
        title="Who ruled in Freedonia and Sylvania"
        subtitle="A fictional pair, read from six CSV files"
        markers={['event-1933-11-war']}
      />
      <VisitHeatmap data={data} bin={1} title="Visits between Freedonia and Sylvania" subtitle="Per year, 1931–1935" />
      <ArmsDealBars data={data} title="Arms between Freedonia and Sylvania" subtitle="Deals per year" />
    </div>
  );
}

const meta = {
  title: 'Your own data/Freedonia and Sylvania',
  component: OwnData,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof OwnData>;
export default meta;

/** The three charts drawn from a desk's own CSV files: no code but the file names. */
export const FromCsvFiles: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(problems.map(formatDataProblem)).toEqual([]);
    await expect(canvas.getByRole('img', { name: 'Who ruled in Freedonia and Sylvania' })).toBeVisible();
    await expect(canvas.getAllByText('Gloria Teasdale').length).toBeGreaterThan(0);
    await expect(canvas.getByRole('img', { name: 'Visits between Freedonia and Sylvania' })).toBeVisible();
    await expect(canvas.getByRole('img', { name: 'Arms between Freedonia and Sylvania' })).toBeVisible();
    // Nothing of the bundled Syria–Russia data leaks in.
    await expect(canvasElement.textContent).not.toMatch(/Assad|Brezhnev|Putin/);
  },
};
