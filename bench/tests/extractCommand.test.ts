import { describe, expect, it } from 'vitest';
import { extractCommand } from '../extract.ts';

describe('extractCommand: the benchmark runs what `npm run extract` runs', () => {
  it('keeps the environment and runs node as this Node', () => {
    expect(extractCommand('NODE_OPTIONS=--max-semi-space-size=32 node scripts/extract.mjs', '/bin/node')).toEqual({
      env: { NODE_OPTIONS: '--max-semi-space-size=32' },
      argv: ['/bin/node', 'scripts/extract.mjs'],
    });
  });

  it('runs a tsx script through tsx', () => {
    expect(extractCommand('tsx src/pipeline/cli.ts', '/bin/node')).toEqual({
      env: {},
      argv: ['/bin/node', 'node_modules/tsx/dist/cli.mjs', 'src/pipeline/cli.ts'],
    });
  });
});
