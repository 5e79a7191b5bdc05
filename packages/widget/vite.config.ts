// The npm build: `dist/index.js` (ESM) plus its lazily imported chunks (the UI, the outbox
// connection). Dependencies stay external so the app's bundler dedupes and tree-shakes them.
// Types come from `tsc` (see package.json `build`).
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  resolve: { conditions: ['@grapevine/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' },
    rolldownOptions: {
      external: [/^@grapevine\//, /^preact(\/|$)/, /^@preact\//],
      output: {
        minify: true,
        chunkFileNames: (chunk) => `${chunk.name === 'index' ? 'ui' : chunk.name}-[hash].js`,
      },
    },
  },
});
