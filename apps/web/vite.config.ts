import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const fromHere = (relativePath: string): string =>
  fileURLToPath(new URL(relativePath, import.meta.url));

/** The API (apps/api) listens here in development; see `npm run dev` at the root. */
const apiTarget = 'http://127.0.0.1:3000';

export default defineConfig({
  root: fromHere('.'),
  plugins: [react()],
  resolve: {
    alias: {
      '@': fromHere('src'),
      '@jcc/contracts': fromHere('../../libs/contracts/src/index.ts'),
    },
    // recharts' peer react-is must be React 19's (this workspace's), not an older hoisted copy.
    dedupe: ['react-is'],
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      // The API accepts sockets from its own origin: keep the browser's Host so the two agree.
      '/socket.io': { target: apiTarget, changeOrigin: false, ws: true },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
  build: {
    outDir: fromHere('dist'),
    emptyOutDir: true,
    sourcemap: true,
    // dist/.vite/manifest.json: scripts/bundle-size.mjs reads each route's chunks from it.
    manifest: true,
    rolldownOptions: {
      // The app's start (src/app/start.tsx, imported by main.tsx after the first paint) is a
      // second entry so that Rolldown tags everything it needs statically, after tree-shaking,
      // as `$initial`; the `start` group below then makes all of it one chunk. Left alone, the
      // bundler split it into some thirty small chunks wherever a lazy page shares a module (a
      // Mantine button, a hook): over HTTP/1.1 on a slow link each cost a request and its
      // headers (issue 19: 32 files → 3, 188 → 175 KB gzipped).
      input: { index: fromHere('index.html'), start: fromHere('src/app/start.tsx') },
      output: {
        codeSplitting: {
          groups: [
            // Shared by main.tsx and the app: alone, so that main.tsx never imports the shell
            // statically (which would evaluate it before the first paint).
            { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 20 },
            {
              name: 'start',
              tags: ['$initial'],
              // Not main.tsx, its styles or the page itself: they stay the page's own entry.
              test: (id: string) =>
                !id.startsWith('\0') && !/[\\/]src[\\/]main\.tsx$|\.(css|html)$/.test(id),
              priority: 10,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
