// The script-tag build. Passes in this order (`--mode chunks`, each `--mode ui-<kind>`, then
// `--mode loader`):
// - chunks: `grapevine-rules.js` (core's decide, runtime, sensors, lease, storage, capture),
//   `grapevine-prompt.js` (the presenter alone, for headless pages: each UI bundle carries
//   its own), `grapevine-adapter.js`, `grapevine-schema.js` (+ shared chunks), ES modules
//   the loader imports next to its own URL when they are needed. The pass also writes which shared
//   chunks each chunk imports (all levels);
// - ui-<kind>: `grapevine-ui-<kind>.js`, the UI of one prompt kind (`nps`, `referral`,
//   `friend-offer`, with the presenter) or of the panel (`panel`, with the panels'
//   `<grapevine-referral>` element), each built alone so it is self-contained
//   (Preact inlined): a prompt downloads only its own UI. Shared chunks would save bytes on a
//   page showing two kinds, which is rare, and cost every prompt (measured: each extra file
//   loses ~0.6 kB brotli of shared compression). Its lazily loaded locale parts are the only
//   other files it emits;
// - loader: `dist/grapevine.js`, a classic script (IIFE, no imports): the stub's
//   replacement and the wake plan check, everything a page view without a prompt runs. It is
//   built with that list, so it imports a chunk and its shared chunks at once (one round
//   trip, see src/script/chunk-loader.ts).
// Everything is bundled: the script tag has no bundler behind it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify as terser } from 'terser';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { bundleEnglish } from './src/i18n/bundle-english.js';
import { SURFACE_OF_KIND } from './src/i18n/surfaces.js';

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

/**
 * A second minifier pass over each emitted chunk, after Rolldown's own (Oxc): Terser's
 * compressor (default, safe options, 3 passes) finds what Oxc leaves (measured on the NPS
 * page: -0.43 kB brotli; the rules chunk -0.18, each UI bundle ~-0.17, the schema -0.17).
 * The script build writes no source maps, so none goes stale; licence comments stay.
 */
function terserPass(iife: boolean): Plugin {
  return {
    name: 'grapevine-terser-pass',
    async generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const { code } = await terser(output.code, {
          ecma: 2020,
          module: !iife,
          compress: { passes: 3 },
          format: { comments: /@license|@preserve|^!/ },
        });
        if (code !== undefined && code.length < output.code.length) output.code = code;
      }
    },
  };
}

/** The UI bundles' kinds: `--mode ui-nps` builds `grapevine-ui-nps.js` from `src/ui/entries`. */
const UI_KINDS = ['nps', 'referral', 'friend-offer', 'panel'];

/** Fails a UI pass whose bundle imports another file statically: it must stand alone. */
function selfContained(): Plugin {
  return {
    name: 'grapevine-self-contained',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.isEntry && output.imports.length > 0) {
          throw new Error(`${output.fileName} imports ${output.imports.join(', ')}`);
        }
      }
    },
  };
}

/**
 * English for one UI bundle: the messages its kind can show (src/i18n/bundle-english.ts, which
 * a test keeps complete for each kind's components; the referral prompt leaves out the NPS
 * steps its surface shares) and those of no surface (brand names); the others are left empty.
 * Every key stays, in order: locale parts are decoded by en.ts's key order.
 */
function englishFor(kind: string): Plugin {
  const surface = SURFACE_OF_KIND[kind];
  const messages = bundleEnglish(kind);
  // The other surfaces' locale parts: never loaded by this bundle (the runtime names the
  // kind), so their entries go (`catalogFor` finds a locale by any of its parts).
  const otherPart = /\s*'[\w-]+': \(\) => import\('\.\/parts\/[\w-]+-(\w+)\.js'\),/g;
  return {
    name: 'grapevine-messages-for-kind',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('/src/i18n/en.ts')) return null;
      return `export const en = ${JSON.stringify(messages)};`;
    },
    transform(code, id) {
      if (!surface || !id.endsWith('/src/i18n/load-catalog.ts')) return null;
      return code.replace(otherPart, (entry, part) => (part === surface ? entry : ''));
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
  for (const kind of UI_KINDS) {
    const file = join(outDir, `grapevine-ui-${kind}.js`);
    if (!existsSync(file)) throw new Error(`${file} is missing: build with --mode ui-${kind}`);
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
 * would stay out of it, in an automatic shared chunk: a page view that runs the rules and
 * shows nothing does not download it.
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

/** The kind and entry of a `ui-<kind>` pass. */
function uiPass(mode: string): { kind: string; entry: Record<string, string> } | undefined {
  const kind = mode.replace(/^ui-/, '');
  if (kind === mode) return undefined;
  if (!UI_KINDS.includes(kind)) throw new Error(`--mode ${mode}: no UI bundle "${kind}"`);
  return { kind, entry: { [`grapevine-ui-${kind}`]: `src/ui/entries/${kind}.ts` } };
}

export default defineConfig(({ mode }) => {
  const ui = uiPass(mode);
  return {
    resolve: { conditions: ['@grapevine/source', ...defaultClientConditions] },
    define: mode === 'loader' ? { __GRAPEVINE_CHUNK_DEPS__: JSON.stringify(readChunkDeps()) } : {},
    plugins: [
      ...(mode === 'loader' ? [] : ui ? [selfContained(), englishFor(ui.kind)] : [chunkDeps()]),
      terserPass(mode === 'loader'),
    ],
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
              entry: ui?.entry ?? {
                'grapevine-rules': 'src/script/rules.ts',
                'grapevine-prompt': 'src/runtime/presenter.ts',
                'grapevine-adapter': 'src/script/adapter-chunk.ts',
                'grapevine-schema': 'src/script/schema-chunk.ts',
              },
              formats: ['es'],
              fileName: (_format: string, name: string) => `${name}.js`,
            },
      rolldownOptions: {
        output: {
          minify: true,
          // Nothing bundles these files again: `@__PURE__` annotations and JSDoc are dead
          // bytes (~0.1 kB brotli per UI bundle); licence comments stay.
          comments: { legal: true, annotation: false, jsdoc: false },
          ...(mode === 'loader' || ui ? {} : { codeSplitting: { groups: [rulesShared] } }),
          // Lazily imported pieces (the UI's locale parts: stable names like every other file
          // of the script tag, whose hashes cost each UI bundle ~6 B brotli a part), the rules'
          // shared code (one name, the loader's list stays short), other code shared by the
          // entries.
          chunkFileNames: (chunk) =>
            chunk.isDynamicEntry
              ? 'grapevine-[name].js'
              : chunk.name === 'shared'
                ? 'grapevine-shared.js'
                : 'grapevine-shared-[hash].js',
        },
      },
    },
  };
});
