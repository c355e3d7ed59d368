import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The UI reads the shared Fluent files in ../locales and the pictures and fonts in
// ../assets directly: one source for Rust and the web.
export default defineConfig({
  plugins: [svelte()],
  server: { fs: { allow: ['..'] } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  test: { environment: 'jsdom', include: ['tests/unit/**/*.test.ts'] },
});
