// Where things live: the repository, the bench package, its installed peers and its scratch space.
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(benchDir, '..');
/** Built bundles (Sentry entry, Preact floor); gitignored like every `.tmp/`. */
export const scratchDir = join(benchDir, '.tmp');
export const widgetDist = join(repoRoot, 'packages', 'widget', 'dist');

/**
 * The installed directory of a dev dependency of the bench package. Read through the
 * `node_modules` link rather than `require.resolve`, because several peers' export maps do
 * not expose their `dist` files or `package.json`.
 */
export function packageDir(name) {
  return realpathSync(join(benchDir, 'node_modules', name));
}

export function packageVersion(name) {
  return JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version;
}

export function packageFile(name, relativePath) {
  return join(packageDir(name), relativePath);
}
