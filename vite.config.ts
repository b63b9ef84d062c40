/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { d3Lean } from './src/app/build/d3Lean.ts';
import { eventPages } from './src/app/build/eventPages.ts';

export default defineConfig({
  // Absolute base so deep links (/event/<id>) load their assets from any depth;
  // publish under a sub-path with `vite build --base /some/path/`.
  base: '/',
  // d3Lean: leaves d3-transition out of the bundle; eventPages: deep-link pages
  // (event/<id>/index.html, 404.html) after each build. Both in src/app/build/.
  plugins: [svelte(), d3Lean(), eventPages()],
  // THREADLINE_OUT lets parallel test runs build and preview side by side.
  build: { target: 'es2022', sourcemap: false, outDir: process.env.THREADLINE_OUT ?? 'dist' },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest.json' },
  },
});
