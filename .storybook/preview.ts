import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    // Every story is also a test; an accessibility violation fails it.
    a11y: { test: 'error' },
    controls: { matchers: { date: /Date$/ } },
  },
  tags: ['autodocs'],
};

export default preview;
