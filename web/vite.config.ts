import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** The map client: built into web/dist, which the hub serves at `/` (server/src/app.ts). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 400,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
