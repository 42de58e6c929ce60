import { defineConfig } from 'vitest/config';

/**
 * Unit tests (test/*.test.ts) and browser tests (test/browser/*.test.ts) both run in Node: the
 * browser tests drive a real Chromium through playwright-core against the built server. Files run
 * one after another because each browser file starts its own server and Chromium.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    // The first browser file may build the web app and the server before starting them.
    hookTimeout: 180_000,
  },
});
