// A page as an app bundler would build it from `@grapevine/widget` (the sources, through the
// workspace's source condition): Vite bundles `entry` in memory and the spec server serves
// the chunks under `/npm/`. For specs about the npm entry (`createGrapevine`).
import { defaultClientConditions, build as viteBuild } from 'vite';
import type { TestServer } from './serve.js';

/** Bundles `entry` (an absolute path) and serves it at `/npm/<name>.js`; returns its URL path. */
export async function serveNpmApp(
  server: TestServer,
  entry: string,
  name: string,
): Promise<string> {
  const output = await viteBuild({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['@grapevine/source', ...defaultClientConditions] },
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: {
        input: { [name]: entry },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    for (const file of result.output) {
      if (file.type === 'chunk') server.script(`/npm/${file.fileName}`, file.code);
    }
  }
  return `/npm/${name}.js`;
}
