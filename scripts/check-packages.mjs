#!/usr/bin/env node
// Checks every published package as npm would ship it: publint (package.json, exports, files)
// and are-the-types-wrong (types resolve for ESM consumers). Run after `pnpm build`.
// --json=FILE writes { passed, failed } for the summary of `pnpm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packs = join(root, '.tmp/packs');
rmSync(packs, { recursive: true, force: true });
mkdirSync(packs, { recursive: true });

const jsonArg = process.argv.find((arg) => arg.startsWith('--json='));
let passed = 0;
let failed = 0;

for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  } catch {
    continue;
  }
  if (manifest.private) continue;
  console.log(`\n${manifest.name}`);
  const pack = spawnSync('pnpm', ['pack', '--pack-destination', packs], {
    cwd: dir,
    encoding: 'utf8',
  });
  const tarball = pack.stdout.trim().split('\n').pop();
  const steps = [
    ['publint', ['exec', 'publint', 'run', dir, '--strict', '--pack', 'pnpm']],
    ['attw', ['exec', 'attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped']],
  ];
  let ok = pack.status === 0;
  if (!ok) console.error(pack.stderr);
  for (const [label, args] of ok ? steps : []) {
    const result = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`${manifest.name}: ${label} failed`);
      ok = false;
    }
  }
  if (ok) passed += 1;
  else failed += 1;
}

if (jsonArg) writeFileSync(jsonArg.slice('--json='.length), JSON.stringify({ passed, failed }));
console.log(`\nPackage checks: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
