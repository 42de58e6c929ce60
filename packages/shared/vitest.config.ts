import { defineConfig } from 'vitest/config';

/**
 * Unit tests in test/**. The ingest suite parses the three corpus documents and runs property
 * tests over thousands of generated inputs, so tests get more time than vitest's 5 s default on
 * a loaded machine.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
