/// <reference types="vite/client" />
import { en } from '../../src/i18n/en.js';

// The widget's UI and i18n sources as text, by path under src/ (Vite reads them for the test).
const SOURCES = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['../../src/ui/**/*.{ts,tsx}', '../../src/i18n/*.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, text]) => [path.replace('../../src/', ''), text]),
);

// The entry files of what each prompt kind (and the panel) shows; the scan follows their
// imports through src/ui and the i18n helpers they use.
export const KIND_ROOTS: Record<string, string[]> = {
  nps: ['ui/show-prompt.tsx', 'ui/views/nps-view.tsx'],
  referral: ['ui/show-prompt.tsx', 'ui/views/referral-view.tsx'],
  'friend-offer': ['ui/show-prompt.tsx', 'ui/views/friend-view.tsx'],
  panel: ['ui/mount-panel.tsx'],
};

// The catalogs themselves (keys as identifiers) and the loading code name no message to show.
const NOT_UI = /^i18n\/(en|load-catalog|surfaces|surface-messages)\.ts$|^i18n\/(catalogs|parts)\//;

const read = (path: string): string | undefined => SOURCES[path];

/**
 * Every message key the code reachable from `roots` names as a single-quoted string: the
 * `t('key')` calls and the key tables (`REASONS`, `FOLLOW_UP`…). A string that is also a key
 * but means something else (a state named `'copied'`) counts too: harmless, a few bytes.
 */
export function messagesNamedBy(roots: readonly string[]): Set<string> {
  const keys = new Set(Object.keys(en));
  const seen = new Set<string>();
  const named = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path) || NOT_UI.test(path)) return;
    const text = read(path);
    if (text === undefined) throw new Error(`ui-messages: no source file src/${path}`);
    seen.add(path);
    // Comments quote keys in examples, not on screen.
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const [, spec] of code.matchAll(/^import (?!type )[^;]*?from '(\.{1,2}\/[^']+)'/gm)) {
      const base = new URL(spec ?? '', `file:///${path}`).pathname.slice(1).replace(/\.js$/, '');
      const file = [`${base}.ts`, `${base}.tsx`].find((candidate) => read(candidate) !== undefined);
      if (file) visit(file);
    }
    for (const [, word] of code.matchAll(/'(\w+)'/g)) if (word && keys.has(word)) named.add(word);
  };
  for (const root of roots) visit(root);
  return named;
}
