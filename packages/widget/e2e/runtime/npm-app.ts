// A page as an app bundler would build it from `@grapevine/widget` (the sources, through the
// workspace's source condition): Vite bundles `entry` in memory and the spec server serves
// the chunks under `/npm/`. For specs about the npm entry (`createGrapevine`).
import { defaultClientConditions, type Rolldown, build as viteBuild } from 'vite';
import type { TestServer } from './serve.js';

/** Bundles `entry` (an absolute path) as an app's bundler does: its chunks, in memory. */
export async function bundleNpmApp(entry: string, name: string): Promise<Rolldown.OutputChunk[]> {
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
  return results.flatMap((result) =>
    'output' in result ? result.output.filter((file) => file.type === 'chunk') : [],
  );
}

/** Bundles `entry` (an absolute path) and serves it at `/npm/<name>.js`; returns its URL path. */
export async function serveNpmApp(
  server: TestServer,
  entry: string,
  name: string,
): Promise<string> {
  for (const chunk of await bundleNpmApp(entry, name)) {
    server.script(`/npm/${chunk.fileName}`, chunk.code);
  }
  return `/npm/${name}.js`;
}
