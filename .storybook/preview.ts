import type { Decorator, Preview } from '@storybook/react-vite';
import { createElement } from 'react';
import { themes } from '../src/charts/kit/theme';

/**
 * A dark story sits on a dark page, as it would in a dark site: the canvas
 * around the chart takes the theme's background, not Storybook's white.
 */
const darkPage: Decorator = (Story, { args, viewMode }) => {
  const dark = (args as { theme?: unknown }).theme === 'dark';
  if (typeof document !== 'undefined') {
    // A docs page holds many stories: only a dark story shown alone darkens the whole page.
    const page = viewMode === 'story' && dark;
    document.body.style.background = page ? themes.dark.background : '';
    document.body.style.color = page ? themes.dark.text : '';
  }
  return dark
    ? createElement(
        'div',
        {
          className: 'dm-dark-page',
          style: { background: themes.dark.background, color: themes.dark.text, padding: 16 },
        },
        createElement(Story),
      )
    : createElement(Story);
};

const preview: Preview = {
  decorators: [darkPage],
  parameters: {
    // Every story is also a test; an accessibility violation fails it.
    a11y: { test: 'error' },
    controls: { matchers: { date: /Date$/ } },
    backgrounds: {
      options: {
        light: { name: 'Light', value: themes.light.background },
        dark: { name: 'Dark', value: themes.dark.background },
      },
    },
    options: {
      // The catalogue's order: what the package is, then the charts, all of them at once, then the data collection by collection.
      storySort: {
        order: [
          'Introduction',
          'Charts',
          ['TenureGantt', 'ArmsDealBars', 'VisitHeatmap'],
          'Gallery',
          'Data',
          ['Sources', 'Collections', ['People', 'Tenures', 'Visits', 'Arms Deals', 'Events'], 'Tenures table'],
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
