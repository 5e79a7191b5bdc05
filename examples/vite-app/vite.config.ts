// A plain Vite app: the workspace packages resolve like published ones (their `dist`), so the
// build is what an app that ran `npm i @grapevine/widget @grapevine/adapter` would ship.
import { defineConfig } from 'vite';

export default defineConfig({
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
