import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The API explorer (GraphiQL 5 on Monaco), served at /explorer/: a build of its own, into dist/explorer/ after the
 * back office's, so that neither page shares vendor chunks with the other (the back office's chunk groups would
 * pull MUI and react-admin into the explorer, and Monaco's 3 MB into nothing else).
 */
export default defineConfig({
  base: '/explorer/',
  plugins: [react()],
  build: {
    outDir: 'dist/explorer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: 'explorer.html',
      // GraphiQL's modules start with React Compiler's "use no memo", which a bundle cannot keep: harmless, and noisy.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
});
