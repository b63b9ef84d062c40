import type { Category } from '../../lib/schema.ts';

/**
 * The contract's categories, in its order. Copied rather than imported:
 * importing a value from lib/schema.ts would pull TypeBox into the browser
 * bundle. categories.test.ts checks the copy against the contract.
 */
export const CATEGORIES = ['unrest', 'military', 'diplomacy', 'statement', 'economy', 'other'] as const satisfies readonly Category[];

export const isCategory = (v: string): v is Category => (CATEGORIES as readonly string[]).includes(v);
