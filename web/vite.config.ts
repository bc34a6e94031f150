import { defineConfig } from 'vite';

// Preact's automatic JSX runtime through esbuild; no Babel preset needed.
// The dev server proxies /api and /healthz to a running `netra serve`
// (NETRA_URL, default http://127.0.0.1:8080) so the app is same-origin as in production.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    target: 'es2020',
    outDir: 'dist',
    assetsDir: 'assets',
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      '/api': process.env.NETRA_URL ?? 'http://127.0.0.1:8080',
      '/healthz': process.env.NETRA_URL ?? 'http://127.0.0.1:8080',
    },
  },
});
