import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium: Playwright cannot download its own browsers here.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// THREADLINE_DATA=path/to/timeline.json serves that file instead of the
// pipeline's output (the build ships it as data/timeline.json), e.g. the
// hand-made e2e/fixtures/sample-timeline.json. Without it the tests run
// against `npm run build`, which extracts the seeds first.
const data = process.env.THREADLINE_DATA;
const build = data ? 'npx vite build' : 'npm run build';
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // The screenshot spec renders every state for people to look at; it tests
  // nothing, so it runs only on request: `npm run shots`.
  testIgnore: process.env.SHOTS ? [] : ['**/screenshots.spec.ts'],
  fullyParallel: true,
  // Per test; generous because axe scans and fresh builds take long on a busy
  // machine. Times are measured by the bench, never asserted here.
  timeout: 90_000,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: `${build} && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
