#!/usr/bin/env node
// `pnpm bench`: micro-benchmarks (Vitest bench) of the rules core, then the browser
// benchmark of Grapevine against peers in real Chromium (bench/, see bench/README.md).
//   node scripts/bench.mjs           full: bytes + runtime, several runs, writes bench/RESULTS.md
//   node scripts/bench.mjs --quick   CI: 1 run, no peers, writes bench/.tmp/RESULTS.quick.md
// Extra arguments (e.g. --runs=9) go to the browser benchmark.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

// --passWithNoTests: until core has *.bench.ts files, this step has nothing to run and must
// not hide the browser benchmark behind a failure.
const steps = [
  ['pnpm', ['exec', 'vitest', 'bench', '--run', '--project', 'core', '--passWithNoTests']],
  ['node', [resolve(root, 'bench/src/main.mjs'), ...args]],
];
for (const [command, commandArgs] of steps) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
