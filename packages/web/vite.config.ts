import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `pnpm --filter @mandate-tracker/server dev` listens; the dev server forwards API paths there. */
const apiServer = 'http://localhost:3000';

/** Paths answered by the Express server rather than the single-page app. */
const serverPaths = ['/trpc', '/api', '/healthz', '/calendar.ics', '/export'];

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: Object.fromEntries(serverPaths.map((path) => [path, { target: apiServer, changeOrigin: true }])),
  },
});
