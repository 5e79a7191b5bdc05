#!/usr/bin/env node
// Fails when packages/adapter/openapi.json differs from what the contract schemas generate,
// or when the server answers a status (or a non-JSON error body) that the document does not
// list for the operation: packages/server/test/contract-statuses.test.ts drives every
// operation through its error paths against a real server and checks each answer.
// Regenerates in memory, through tsx with the source condition (no build needed).
// Fix a stale document with: pnpm --filter @grapevine/adapter openapi
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (!process.env.GRAPEVINE_OPENAPI_CHILD) {
  // Re-run this file under tsx so `@grapevine/adapter/server` resolves to its sources.
  const child = spawnSync(
    'pnpm',
    ['exec', 'tsx', '--conditions=@grapevine/source', fileURLToPath(import.meta.url)],
    {
      cwd: resolve(root, 'packages/adapter'),
      stdio: 'inherit',
      env: { ...process.env, GRAPEVINE_OPENAPI_CHILD: '1' },
    },
  );
  if (child.status !== 0) process.exit(child.status ?? 1);
  const statuses = spawnSync(
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--project',
      'server',
      'packages/server/test/contract-statuses.test.ts',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (statuses.status !== 0) {
    console.error(
      'The server answers a status or body that openapi.json does not list (see above).',
    );
  }
  process.exit(statuses.status ?? 1);
}

const { openApiPath, renderOpenApi } = await import('./openapi-document.mjs');
const expected = await renderOpenApi();
const committed = existsSync(openApiPath) ? readFileSync(openApiPath, 'utf8') : '';
if (committed !== expected) {
  console.error(
    'packages/adapter/openapi.json is out of date with the contract schemas.\n' +
      'Regenerate it with: pnpm --filter @grapevine/adapter openapi',
  );
  process.exit(1);
}
console.log('packages/adapter/openapi.json is up to date.');
