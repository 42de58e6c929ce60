import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Migrates one PGlite once per run; every test file starts its own copy from that snapshot.
    globalSetup: ['test/helpers/pglite-template.ts'],
    // Each test file starts its own PGlite (about 2 to 5 s) and, with DATABASE_URL, creates a
    // PostgreSQL database, so hooks get a generous timeout.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    // The smoke test builds and runs the real server, which takes a while on a cold machine.
    teardownTimeout: 20_000,
  },
});
