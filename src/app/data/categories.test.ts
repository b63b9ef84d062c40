import { expect, it } from 'vitest';
import { CATEGORIES as CONTRACT } from '../../lib/schema.ts';
import { CATEGORIES } from './categories.ts';

it('lists the same categories as the data contract, in its order', () => {
  expect([...CATEGORIES]).toEqual([...CONTRACT]);
});
