// The script-tag build. Two passes, chunks first (`--mode chunks`, then `--mode loader`):
// - chunks: `grapevine-rules.js` (core's decide, runtime, sensors, lease, storage, capture),
//   `grapevine-ui.js`, `grapevine-prompt.js` (the presenter), `grapevine-panel.js`
//   (`<grapevine-referral>`), `grapevine-adapter.js`, `grapevine-schema.js` (+ shared
//   chunks), ES modules the loader imports next to its own URL when they are needed. The pass
//   also writes which shared chunks each chunk imports (all levels);
// - loader: `dist/grapevine.js`, a classic script (IIFE, no imports): the stub's
//   replacement and the wake plan check, everything a page view without a prompt runs. It is
//   built with that list, so it imports a chunk and its shared chunks at once (one round
//   trip, see src/script/chunk-loader.ts).
// Everything is bundled: the script tag has no bundler behind it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, 'dist');
/** Between the two passes; outside `dist`, which is published. */
const depsFile = join(here, 'node_modules', '.cache', 'grapevine-script', 'chunk-deps.json');

/** `grapevine-shared-Ab1.js` → `shared-Ab1`: the loader adds the prefix and suffix back. */
const short = (fileName: string): string => fileName.replace(/^grapevine-|\.js$/g, '');

/** Writes, for each entry chunk, every chunk it statically imports, directly or not. */
function chunkDeps(): Plugin {
  return {
    name: 'grapevine-chunk-deps',
    generateBundle(_options, bundle) {
      const imports = new Map<string, readonly string[]>();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') imports.set(output.fileName, output.imports);
      }
      const deps: Record<string, string[]> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.isEntry) continue;
        const seen = new Set<string>();
        const visit = (file: string): void => {
          for (const next of imports.get(file) ?? []) {
            if (seen.has(next)) continue;
            seen.add(next);
            visit(next);
          }
        };
        visit(output.fileName);
        deps[short(output.fileName)] = [...seen].map(short);
      }
      mkdirSync(dirname(depsFile), { recursive: true });
      writeFileSync(depsFile, `${JSON.stringify(deps, null, 2)}\n`);
    },
  };
}

/** The chunks pass's list, checked against `dist`: a stale one would import missing files. */
function readChunkDeps(): Record<string, string[]> {
  if (!existsSync(depsFile)) {
    throw new Error(`${depsFile} is missing: build with --mode chunks before --mode loader`);
  }
  const deps = JSON.parse(readFileSync(depsFile, 'utf8')) as Record<string, string[]>;
  for (const name of Object.entries(deps).flat(2)) {
    const file = join(outDir, `grapevine-${name}.js`);
    if (!existsSync(file)) throw new Error(`${file} is missing: build with --mode chunks again`);
  }
  return deps;
}

/** The part of Rolldown's chunking context used here. */
interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
}

/**
 * Code the rules share with other chunks goes into one `grapevine-shared.js`, fetched beside
 * the rules (and already there when the other chunks load). Code only the other chunks share
 * (the presenter's and the panel's recorder) stays out of it, in an automatic shared chunk:
 * a page view that runs the rules and shows nothing does not download it.
 */
const rulesShared = {
  name(id: string, graph: ModuleGraph): string | null {
    const seen = new Set([id]);
    const queue = [id];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const importer of graph.getModuleInfo(next)?.importers ?? []) {
        if (importer.endsWith('/src/script/rules.ts')) return 'shared';
        if (!seen.has(importer)) {
          seen.add(importer);
          queue.push(importer);
        }
      }
    }
    return null;
  },
  minShareCount: 2,
};

export default defineConfig(({ mode }) => ({
  resolve: { conditions: ['@grapevine/source', ...defaultClientConditions] },
  define: mode === 'loader' ? { __GRAPEVINE_CHUNK_DEPS__: JSON.stringify(readChunkDeps()) } : {},
  plugins: mode === 'loader' ? [] : [chunkDeps()],
  build: {
    outDir,
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
        ...(mode === 'loader' ? {} : { codeSplitting: { groups: [rulesShared] } }),
        // Lazily imported pieces (the UI's extra locales), the rules' shared code (one name,
        // the loader's list stays short), other code shared by the entries.
        chunkFileNames: (chunk) =>
          chunk.isDynamicEntry
            ? 'grapevine-[name]-[hash].js'
            : chunk.name === 'shared'
              ? 'grapevine-shared.js'
              : 'grapevine-shared-[hash].js',
      },
    },
  },
}));
