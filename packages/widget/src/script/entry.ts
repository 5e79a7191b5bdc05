// The script-tag entry (`dist/grapevine.js`, the loader): the one file with a side effect,
// the `window.grapevine` global. Listed in package.json `sideEffects`. Everything else,
// the rules included, is a chunk it imports next to its own URL when needed.
import type { UiModule } from '../runtime/presenter.js';
import { boot } from './boot.js';

// Captured synchronously: `currentScript` is only set while this script first runs.
const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

/** A chunk next to this script (not the page): CDNs serve them from the same folder. */
const chunk = <T>(name: string): Promise<T> =>
  import(/* @vite-ignore */ new URL(name, script?.src || document.baseURI).href) as Promise<T>;

try {
  boot(window, script, {
    rules: () => chunk('grapevine-rules.js'),
    ui: () => chunk<UiModule>('grapevine-ui.js'),
    presenter: () => chunk('grapevine-prompt.js'),
    panels: () => chunk('grapevine-panel.js'),
    adapter: () => chunk('grapevine-adapter.js'),
    schema: () => chunk('grapevine-schema.js'),
  });
} catch (error) {
  console.error('Grapevine could not start', error);
}
