import type { Meta, StoryObj } from '@storybook/react-vite';
import { checkFitsWidth, checkSourcesSummary } from '../catalogue/checks';
import { SourcesSummary } from '../catalogue/SourcesSummary';

const meta = {
  title: 'Data/Sources',
  component: SourcesSummary,
  args: { top: 25 },
  argTypes: { data: { table: { disable: true } } },
  // One page per collection: the story is the page.
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SourcesSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The publications the records cite, counted when the page renders: by kind, per collection, and the most cited. */
export const Sources: Story = {
  play: async ({ canvasElement, args }) => {
    await checkSourcesSummary(canvasElement, args.top ?? 25);
    await checkFitsWidth(canvasElement);
  },
};
