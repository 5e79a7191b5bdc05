// A plain Vite app: the workspace packages resolve like published ones (their `dist`), so the
// build is what an app that ran `npm i @grapevine/widget @grapevine/adapter` would ship.
// The campaigns are checked here, at build time: the app gets the parsed config as a
// constant and never downloads the schemas (zod).
import { parseConfig } from '@grapevine/core/schema';
import { defineConfig } from 'vite';
import { campaigns } from './src/campaigns.js';

const { config, errors } = parseConfig(campaigns);
if (errors.length > 0) {
  throw new Error(
    `src/campaigns.ts: ${errors.map((error) => `${error.path}: ${error.message}`).join('; ')}`,
  );
}

export default defineConfig({
  define: { __GRAPEVINE_CONFIG__: JSON.stringify(config) },
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
