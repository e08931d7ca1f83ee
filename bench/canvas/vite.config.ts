import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

// Builds the canvas benchmark page (bench/canvas/index.html) into dist-bench-canvas/, apart from the app.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../dist-bench-canvas', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  logLevel: 'warn',
});
