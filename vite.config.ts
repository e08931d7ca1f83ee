import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  base: './',
  plugins: [
    vue(),
    // Installable and offline: a manifest, and a service worker that precaches the whole build, the lazily
    // loaded chunks (compare view, samples, report libraries) included. A new version waits for the user's
    // "reload" (registerType 'prompt', see UpdatePrompt.vue) so an edit in progress is never cut off.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'TTHC Studio',
        short_name: 'TTHC Studio',
        description: 'Mô hình hóa và đơn giản hóa thủ tục hành chính',
        lang: 'vi',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f5f7fa',
        theme_color: '#102a43',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,woff,woff2,wasm}'],
        // the modeler chunk is over workbox's 2 MiB default
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        // the first visit is served by the worker at once, so going offline right after it works
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { chunkSizeWarningLimit: 2000 },
  preview: { port: 4173, strictPort: false },
});
