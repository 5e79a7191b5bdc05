// The script-tag entry (`dist/grapevine.js`, the loader): the one file with a side effect,
// the `window.grapevine` global. Listed in package.json `sideEffects`. Everything else,
// the rules included, is a chunk it imports next to its own URL when needed.
import { boot } from './boot.js';
import { type ChunkDeps, chunkLoader } from './chunk-loader.js';
import type { ScriptUi } from './rules.js';

/** Each chunk's static imports, read from the chunks build (`vite.script.config.ts`). */
declare const __GRAPEVINE_CHUNK_DEPS__: ChunkDeps;

// Captured synchronously: `currentScript` is only set while this script first runs.
const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

try {
  const chunk = chunkLoader(
    script?.src || document.baseURI,
    __GRAPEVINE_CHUNK_DEPS__,
    (url) => import(/* @vite-ignore */ url),
  );
  boot(window, script, {
    rules: () => chunk('rules'),
    ui: (kind) => chunk<ScriptUi[typeof kind]>(`ui-${kind}`),
    presenter: () => chunk('prompt'),
    adapter: () => chunk('adapter'),
    schema: () => chunk('schema'),
  });
} catch (error) {
  console.error('Grapevine could not start', error);
}
