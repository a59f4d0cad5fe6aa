import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Vendor chunks: the admin is served by the API under /admin/, so the big, rarely changing libraries
// get their own long-cached files. Vite 8 bundles with Rolldown, whose `codeSplitting.groups`
// replaces Rollup's (deprecated) `manualChunks`.
const vendorChunks: { name: string; test: RegExp; priority: number }[] = [
  // Loaded on demand by the grid's XLSX import and export only.
  { name: 'vendor-exceljs', test: /node_modules[\\/]exceljs[\\/]/, priority: 40 },
  // The DSFR's script, which react-dsfr imports on start, after it has set `window.dsfr`: a chunk of its own
  // keeps it loaded then rather than run with the rest of the package.
  { name: 'vendor-dsfr-script', test: /node_modules[\\/]@codegouvfr[\\/]react-dsfr[\\/]dsfr[\\/]dsfr\.module/, priority: 50 },
  // Its own chunk: it imports MUI, and in the catch-all chunk it would make a cycle with vendor-mui (which
  // imports small CommonJS helpers from the catch-all) that breaks the order the chunks run in.
  { name: 'vendor-dsfr', test: /node_modules[\\/]@codegouvfr[\\/]/, priority: 35 },
  { name: 'vendor-mui', test: /node_modules[\\/](@mui|@emotion)[\\/]/, priority: 30 },
  {
    name: 'vendor-react-admin',
    test: /node_modules[\\/](react-admin|ra-[a-z-]+|@tanstack|react-hook-form|react-router|react-router-dom)[\\/]/,
    priority: 20,
  },
  { name: 'vendor-apollo', test: /node_modules[\\/](@apollo|graphql|graphql-tag|@wry|optimism|zen-observable)[\\/]/, priority: 20 },
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 10 },
  { name: 'vendor', test: /node_modules[\\/]/, priority: 0 },
];

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: { includeDependenciesRecursively: false, groups: vendorChunks },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: true },
      '/auth': { target: 'http://127.0.0.1:4000', changeOrigin: true },
    },
  },
});
