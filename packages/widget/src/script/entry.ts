// The script-tag entry (`dist/grapevine.js`, the loader): the one file with a side effect,
// the `window.grapevine` global. Listed in package.json `sideEffects`. Everything else,
// the rules included, is a chunk it imports next to its own URL when needed.
import { boot } from './boot.js';
import { chunkLoader } from './chunk-loader.js';
import type { ScriptUi } from './rules.js';

// Captured synchronously: `currentScript` is only set while this script first runs.
const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

try {
  const chunk = chunkLoader(
    script?.src || document.baseURI,
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
