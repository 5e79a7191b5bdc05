// Bundles the two pieces the benchmark has to build itself, the way a site would ship them:
// minified, one IIFE file each, modern target.
//   - the Preact floor dialog (assets/floor-dialog.js);
//   - Sentry + feedbackIntegration (assets/sentry-feedback.js): @sentry/browser ships no
//     CDN bundle on npm, so its page-view bytes are what a bundler makes of the documented
//     install.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { benchDir, scratchDir } from './paths.mjs';

const entries = {
  'floor-dialog': 'floor-dialog.js',
  'sentry-feedback': 'sentry-feedback.js',
};

/** Builds every bundle into bench/.tmp and returns `{ name: absolute path }`. */
export async function buildAssets() {
  mkdirSync(scratchDir, { recursive: true });
  const outputs = {};
  for (const [name, entry] of Object.entries(entries)) {
    const outfile = join(scratchDir, `${name}.js`);
    await build({
      entryPoints: [join(benchDir, 'src', 'assets', entry)],
      outfile,
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      platform: 'browser',
      define: { 'process.env.NODE_ENV': '"production"' },
      legalComments: 'none',
      logLevel: 'warning',
    });
    outputs[name] = outfile;
  }
  return outputs;
}
