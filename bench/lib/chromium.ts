/**
 * Launches headless Chromium the way the e2e tests do: the executable and
 * the arguments are read from playwright.config.ts, so the benchmark measures
 * the same browser set-up the tests run in.
 */
import { chromium, type Browser, type LaunchOptions } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import config from '../../playwright.config.ts';

export function launchOptions(): LaunchOptions {
  const fromConfig = config.use?.launchOptions ?? {};
  const executablePath =
    process.env.CHROMIUM_PATH ?? fromConfig.executablePath ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return {
    headless: true,
    ...(executablePath ? { executablePath } : {}),
    args: fromConfig.args ?? [],
  };
}

/** Why the browser parts cannot run here, or null when Chromium is there. */
export function chromiumMissing(): string | null {
  const { executablePath } = launchOptions();
  if (executablePath && existsSync(executablePath)) return null;
  if (!executablePath && existsSync(chromium.executablePath())) return null;
  return `Chromium not found (looked for ${executablePath ?? chromium.executablePath()}); install it with scripts/setup.sh or set CHROMIUM_PATH`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** The browser's own version string, e.g. "156.0.8078.108", from `chromium --version`. */
export function chromiumVersion(): string | null {
  if (chromiumMissing()) return null;
  const path = launchOptions().executablePath ?? chromium.executablePath();
  try {
    const out = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
    return /(\d+\.\d+\.\d+\.\d+)/.exec(out)?.[1] ?? out.trim();
  } catch {
    return null;
  }
}
