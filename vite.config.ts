/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { devCsp } from './src/app/build/devCsp.ts';
import { eventPages } from './src/app/build/eventPages.ts';
import { terserPass } from './src/app/build/terserPass.ts';

export default defineConfig({
  // Absolute base so deep links (/event/<id>) load their assets from any depth;
  // publish under a sub-path with `vite build --base /some/path/`.
  base: '/',
  // eventPages: deep-link pages (event/<id>/index.html, 404.html) after each
  // build; terserPass: a second minifier over the built chunks; devCsp: lets
  // the dev server inject CSS as <style> elements. All in src/app/build/.
  plugins: [svelte(), eventPages(), terserPass(), devCsp()],
  // THREADLINE_OUT lets parallel test runs build and preview side by side.
  // No modulepreload polyfill: every es2022 browser but Safari < 17 has
  // modulepreload, and there the on-demand chunks still load, only unhinted.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // One stylesheet: the on-demand chunk's 5 KB of CSS ships with the first
    // load (1 KB gzip) instead of as its own file (1.6 KB); the page then never
    // waits for a stylesheet when a panel opens.
    cssCodeSplit: false,
    outDir: process.env.THREADLINE_OUT ?? 'dist',
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Whole-corpus tests take seconds on a busy machine; a timeout is not a speed test.
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest.json' },
  },
});
