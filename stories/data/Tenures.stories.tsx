import type { Meta, StoryObj } from '@storybook/react-vite';
import { CollectionSummary } from '../catalogue/CollectionSummary';
import { checkCollectionSummary } from '../catalogue/checks';

const meta = {
  title: 'Data/Tenures',
  component: CollectionSummary,
  args: { collection: 'tenures' },
  argTypes: { data: { table: { disable: true } } },
  // One page per collection: the story is the page.
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof CollectionSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The `tenures` collection counted when the page renders: records per confidence and decade, and every disputed record with its competing values. */
export const Tenures: Story = {
  name: 'Tenures',
  play: async ({ canvasElement }) => {
    await checkCollectionSummary(canvasElement, 'tenures');
  },
};
