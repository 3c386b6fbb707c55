/**
 * Fuzz (issue 16): validateDataset takes anything a file or a caller can
 * hand it and answers with a list of problems, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data/index';
import { validateDataset } from '../src/data/validate';
import { type Drawn, entries, hostileValue, params, TIMEOUT } from './arbitraries';

const COLLECTIONS: Drawn[] = ['tenures', 'visits', 'armsDeals', 'people', 'events', 'sources'];
const today = new Date('2026-11-26T00:00:00Z');

/** Each problem names its collection, record and field in words. */
function expectProblems(problems: unknown) {
  expect(Array.isArray(problems)).toBe(true);
  for (const p of problems as Record<string, unknown>[]) {
    expect(typeof p.collection).toBe('string');
    expect(typeof p.id).toBe('string');
    expect(typeof p.field).toBe('string');
    expect(typeof p.message).toBe('string');
  }
}

describe('validateDataset, fuzzed', () => {
  it(
    'never throws on anything at all',
    () => {
      fc.assert(
        fc.property(
          fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
          (value) => {
            expectProblems(validateDataset(value, { today }));
          },
        ),
        params(300),
      );
    },
    TIMEOUT,
  );

  it(
    'never throws on the bundled dataset with hostile records and collections, and finds something wrong',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...COLLECTIONS),
          entries('visits', 8),
          fc.oneof(fc.constant(undefined), hostileValue),
          (collection, list, replaced) => {
            const broken = { ...dataset, visits: [...dataset.visits, ...list.map((e) => e.record)] };
            if (replaced !== undefined) (broken as Record<string, unknown>)[collection] = replaced;
            const problems = validateDataset(broken, { today });
            expectProblems(problems);
            if (list.some((e) => e.mustDrop) || (replaced !== undefined && !Array.isArray(replaced)))
              expect(problems.length).toBeGreaterThan(0);
          },
        ),
        params(20),
      );
    },
    TIMEOUT,
  );
});
