/** Types for extractBundle.mjs (plain JavaScript so Node runs it without a loader). */
export interface BundleManifest {
  bundle: string;
  /** Project-relative path → SHA-256 of the bytes the bundle was built from. */
  inputs: Record<string, string>;
}
export const ENTRY: string;
export const RECIPE: string[];
export function hashBytes(bytes: Uint8Array | string): string;
export function isFresh(manifest: BundleManifest | null, read: (name: string) => Uint8Array | null): boolean;
export function ensureBundle(root: string): Promise<string>;
export function projectRoot(): string;
export const VALIDATOR: string;
export function standaloneValidatorModule(schema: object, options: object): Promise<string>;
