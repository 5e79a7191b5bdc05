// The script-tag build. Two passes (`--mode loader`, `--mode chunks`):
// - loader: `dist/grapevine.js`, a classic script (IIFE, no imports): the stub's
//   replacement and the wake plan check, everything a page view without a prompt runs;
// - chunks: `grapevine-rules.js` (core's decide, runtime, sensors, lease, storage, capture),
//   `grapevine-ui.js`, `grapevine-prompt.js` (the presenter), `grapevine-panel.js`
//   (`<grapevine-referral>`), `grapevine-adapter.js`, `grapevine-schema.js` (+ shared
//   chunks), ES modules the loader imports next to its own URL when they are needed.
// Everything is bundled: the script tag has no bundler behind it.
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig(({ mode }) => ({
  resolve: { conditions: ['@grapevine/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    target: 'es2022',
    lib:
      mode === 'loader'
        ? {
            entry: { grapevine: 'src/script/entry.ts' },
            formats: ['iife'],
            name: 'grapevineLoader',
            fileName: () => 'grapevine.js',
          }
        : {
            entry: {
              'grapevine-rules': 'src/script/rules.ts',
              'grapevine-ui': 'src/ui/index.ts',
              'grapevine-prompt': 'src/runtime/presenter.ts',
              'grapevine-panel': 'src/runtime/referral-panels.ts',
              'grapevine-adapter': 'src/script/adapter-chunk.ts',
              'grapevine-schema': 'src/script/schema-chunk.ts',
            },
            formats: ['es'],
            fileName: (_format: string, name: string) => `${name}.js`,
          },
    rolldownOptions: {
      output: {
        minify: true,
        // Lazily imported pieces (the UI's extra locales) vs code shared by the entries.
        chunkFileNames: (chunk) =>
          chunk.isDynamicEntry ? 'grapevine-[name]-[hash].js' : 'grapevine-shared-[hash].js',
      },
    },
  },
}));
