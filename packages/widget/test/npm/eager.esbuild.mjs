// The esbuild config of .size-limit.json's "npm entry, eager part" check: the built
// `dist/index.js` bundled as an app's bundler does it, except that every `import()` stays
// outside the bundle (what it loads is another chunk, fetched only when needed). So the
// output is what every page view downloads for `createGrapevine`, and nothing more.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Leaves each `import()` as it is: its module is a lazily loaded chunk, not eager code. */
const lazyImportsStayOut = {
  name: 'lazy-imports-stay-out',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

export default {
  entryPoints: [fileURLToPath(new URL('../../dist/index.js', import.meta.url))],
  outdir: join(tmpdir(), 'grapevine-size-limit-npm-eager'),
  bundle: true,
  format: 'esm',
  minify: true,
  write: true,
  plugins: [lazyImportsStayOut],
};
