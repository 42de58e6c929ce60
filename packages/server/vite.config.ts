import { defineConfig } from 'vite';

// Server bundle (`pnpm build` → dist/main.js, run with plain node). Packages from node_modules
// stay external so PGlite finds its wasm and data files beside its own code; the workspace
// package `@mandate-tracker/shared` exports TypeScript source, so it must be bundled.
export default defineConfig({
  build: {
    target: 'node20',
    emptyOutDir: true,
    sourcemap: true,
  },
  ssr: {
    noExternal: ['@mandate-tracker/shared'],
  },
});
