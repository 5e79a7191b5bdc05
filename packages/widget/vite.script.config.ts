// The script-tag build, one file per pass: each `--mode <name>` below (in any order, the
// loader's too) writes `grapevine-<name>.js`, built alone so that it is self-contained: it
// imports no other file statically (checked), so the loader imports each with one request
// and nothing to discover. The chunks, ES modules the loader imports next to its own URL when
// they are needed:
// - `rules`: core's decide, runtime, sensors, lease, storage, capture;
// - `prompt`: the presenter alone, for headless pages (each prompt UI bundle carries its own);
// - `adapter`: the HTTP backend (ky) and the outbox;
// - `schema`: the config check (zod/mini);
// - `ui-<kind>`: the UI of one prompt kind (`nps`, `referral`, `friend-offer`, with the
//   presenter) or of the panel (`panel`, with the panels' `<grapevine-referral>` element):
//   a prompt downloads only its own UI. Its lazily loaded locale parts are the only other
//   files it emits.
// Self-contained files repeat the little code they share (ids, guards, nps, policy: pure
// functions, no state): measured, one `grapevine-shared.js` beside the rules cost every page
// that shows something 0.5 kB brotli more than the repeats (its code the rules do not run, its
// import and export lists, a file's own compression), and a shared chunk between UI bundles
// would save bytes only on a page showing two kinds, which is rare (each extra file loses
// ~0.6 kB brotli of shared compression).
// `loader` writes `dist/grapevine.js`, a classic script (IIFE, no imports): the stub's
// replacement and the wake plan check, everything a page view without a prompt runs.
// Everything is bundled: the script tag has no bundler behind it.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify as terser } from 'terser';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { bundleEnglish } from './src/i18n/bundle-english.js';
import { SURFACE_OF_KIND } from './src/i18n/surfaces.js';
import { renderOnlyPreact, valueOnlySignals } from './vite.lean-libraries.js';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, 'dist');

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

/**
 * Fails a pass whose file imports another file statically: it must stand alone. Its lazily
 * loaded files too (`grapevine-headless.js`, which every pass with the presenter writes: the
 * same file each time, since it links to nothing).
 */
function selfContained(): Plugin {
  return {
    name: 'grapevine-self-contained',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.imports.length > 0) {
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

/**
 * Marks a UI bundle's code as such (src/runtime/ui-bundle.ts), so its presenter leaves out
 * the headless branch that only `grapevine-prompt.js` runs (measured: NPS -0.06, referral and
 * friend offer -0.13 kB brotli).
 */
function inUiBundle(): Plugin {
  return {
    name: 'grapevine-in-ui-bundle',
    enforce: 'pre',
    load: (id) =>
      id.endsWith('/src/runtime/ui-bundle.ts') ? 'export const IN_UI_BUNDLE = true;' : null,
  };
}

/** The ES chunks, each its own pass: `--mode rules` builds `grapevine-rules.js`. */
const CHUNKS: Record<string, string> = {
  rules: 'src/script/rules.ts',
  prompt: 'src/runtime/presenter.ts',
  adapter: 'src/script/adapter-chunk.ts',
  schema: 'src/script/schema-chunk.ts',
  ...Object.fromEntries(UI_KINDS.map((kind) => [`ui-${kind}`, `src/ui/entries/${kind}.ts`])),
};

export default defineConfig(({ mode }) => {
  const entry = CHUNKS[mode];
  if (mode !== 'loader' && entry === undefined) {
    throw new Error(`--mode ${mode}: no such file; build loader or ${Object.keys(CHUNKS)}`);
  }
  const uiKind = mode.startsWith('ui-') ? mode.slice('ui-'.length) : undefined;
  return {
    resolve: { conditions: ['@grapevine/source', ...defaultClientConditions] },
    plugins: [
      ...(mode === 'loader' ? [] : [selfContained()]),
      ...(uiKind ? [englishFor(uiKind), inUiBundle(), renderOnlyPreact(), valueOnlySignals()] : []),
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
              entry: { [`grapevine-${mode}`]: entry as string },
              formats: ['es'],
              fileName: (_format: string, name: string) => `${name}.js`,
            },
      rolldownOptions: {
        output: {
          minify: true,
          // Nothing bundles these files again: `@__PURE__` annotations and JSDoc are dead
          // bytes (~0.1 kB brotli per UI bundle); licence comments stay.
          comments: { legal: true, annotation: false, jsdoc: false },
          // Lazily imported pieces (the UI's locale parts, the presenter's headless part):
          // stable names like every other file of the script tag, whose hashes cost each UI
          // bundle ~6 B brotli a part.
          chunkFileNames: 'grapevine-[name].js',
        },
      },
    },
  };
});
