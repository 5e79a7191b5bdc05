#!/usr/bin/env node
// `pnpm bench`: micro-benchmarks (Vitest bench) of the rules core.
// The browser benchmark against peers joins here when the widget lands.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync('pnpm', ['exec', 'vitest', 'bench', '--run', '--project', 'core'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
