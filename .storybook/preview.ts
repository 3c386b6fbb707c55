import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    // Every story is also a test; an accessibility violation fails it.
    a11y: { test: 'error' },
    controls: { matchers: { date: /Date$/ } },
    options: {
      // The catalogue's order: what the package is, then the charts, then the data collection by collection.
      storySort: {
        order: [
          'Introduction',
          'Charts',
          ['TenureGantt', 'ArmsDealBars', 'VisitHeatmap'],
          'Data',
          ['Sources', 'Collections', ['People', 'Tenures', 'Visits', 'Arms Deals', 'Events'], 'Tenures table'],
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
