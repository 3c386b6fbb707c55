import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CollectionName } from '../../src/data/index';
import { CollectionSummary } from '../catalogue/CollectionSummary';
import { checkCollectionSummary, checkFitsWidth } from '../catalogue/checks';

const meta = {
  title: 'Data/Collections',
  component: CollectionSummary,
  argTypes: { data: { table: { disable: true } } },
  // One page per collection: the story is the page.
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof CollectionSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A collection counted when the page renders: records per confidence and decade, and every disputed record with its competing values. */
const page = (collection: Exclude<CollectionName, 'sources'>): Story => ({
  args: { collection },
  play: async ({ canvasElement }) => {
    await checkCollectionSummary(canvasElement, collection);
    await checkFitsWidth(canvasElement);
  },
});

export const People = page('people');
export const Tenures = page('tenures');
export const Visits = page('visits');
export const ArmsDeals = page('armsDeals');
export const Events = page('events');
