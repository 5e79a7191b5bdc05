// The esbuild config of .size-limit.json's locale entries: the generated part named by the
// query (`locale-parts.esbuild.mjs?da-prompt`) bundled as the widget build ships it, an ES
// module, minified, its text kept as UTF-8 (size-limit's default config escapes non-ASCII
// text, which inflates Japanese and Chinese by a fifth).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const part = new URL(import.meta.url).search.slice(1);
if (!/^[a-z-]+$/.test(part)) throw new Error(`locale-parts.esbuild.mjs: no part in "?${part}"`);

export default {
  entryPoints: [fileURLToPath(new URL(`../../src/i18n/parts/${part}.ts`, import.meta.url))],
  outdir: join(tmpdir(), 'grapevine-size-limit-locales', part),
  bundle: true,
  format: 'esm',
  charset: 'utf8',
  minify: true,
  write: true,
};
