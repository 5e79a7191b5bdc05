#!/usr/bin/env node
// `pnpm demo`: the demo shop, the widget and the reference server on an embedded database.
// Installs what is missing, builds what is stale, keeps its data in .data/demo between runs,
// prints the URLs and stops cleanly on Ctrl-C.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, '.data/demo');
const shopPort = Number(process.env.DEMO_SHOP_PORT ?? 8080);
const apiPort = Number(process.env.DEMO_API_PORT ?? 8787);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed; the demo cannot start.`);
    process.exit(result.status ?? 1);
  }
}

/** The newest modification time under `dir` (sources), or 0. */
function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    const info = statSync(path);
    latest = Math.max(latest, info.isDirectory() ? newest(path) : info.mtimeMs);
  }
  return latest;
}

function stale() {
  const outputs = ['packages/widget/dist/grapevine.js', 'packages/server/dist/index.js'];
  if (!outputs.every((output) => existsSync(join(root, output)))) return true;
  const built = Math.min(...outputs.map((output) => statSync(join(root, output)).mtimeMs));
  const sources = [
    'packages/core/src',
    'packages/adapter/src',
    'packages/widget/src',
    'packages/server/src',
  ];
  return sources.some((dir) => newest(join(root, dir)) > built);
}

/**
 * A secret kept in .data/demo so the dashboard password and signatures survive restarts;
 * `bytes` random bytes (base64url: 4 characters per 3 bytes). A stored one shorter than that
 * (from an older demo) is replaced.
 */
function persistentSecret(name, bytes = 18) {
  const path = join(dataDir, name);
  const length = Math.ceil((bytes * 4) / 3);
  if (existsSync(path)) {
    const stored = readFileSync(path, 'utf8').trim();
    if (stored.length >= length) return stored;
  }
  const secret = randomBytes(bytes).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}

if (!existsSync(join(root, 'node_modules/.modules.yaml'))) {
  console.log('Installing dependencies…');
  run('pnpm', ['install', '--frozen-lockfile']);
}
if (stale()) {
  console.log('Building…');
  run('pnpm', ['run', 'build']);
}

mkdirSync(dataDir, { recursive: true });
const { startDemoStack } = await import('./demo-stack.mjs');
let stack;
try {
  stack = await startDemoStack({
    shopPort,
    apiPort,
    dataDir: join(dataDir, 'pglite'),
    adminToken: persistentSecret('admin-token'),
    siteSecret: persistentSecret('site-secret'),
    // The server asks at least 32 characters of an API secret: 32 bytes give 43.
    apiSecret: persistentSecret('api-secret', 32),
  });
} catch (error) {
  const busy = error && typeof error === 'object' && error.code === 'EADDRINUSE';
  console.error(
    busy
      ? `A port is in use. Free ${shopPort} and ${apiPort}, or set DEMO_SHOP_PORT / DEMO_API_PORT.`
      : `The demo could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

/**
 * The demo customer's personal link, got or created the way the widget does (signed by the
 * "shop backend", then POST /v1/referrals), on the shop's other host name so that opening it
 * is a new visitor (another origin has its own storage).
 */
async function friendLink() {
  try {
    const json = { 'content-type': 'application/json' };
    const customer = {
      id: 'customer:anna@example.com',
      email: 'anna@example.com',
      name: 'Anna Lindqvist',
    };
    const signed = await fetch(`${stack.apiUrl}/demo/sign`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ siteKey: stack.siteKey, ...customer }),
    }).then((response) => response.json());
    const referral = await fetch(`${stack.apiUrl}/v1/referrals`, {
      method: 'POST',
      headers: { ...json, 'x-grapevine-site-key': stack.siteKey },
      body: JSON.stringify({ advocate: signed.advocate }),
    }).then((response) => response.json());
    const url = new URL(referral.url);
    url.hostname = 'localhost';
    return url.href;
  } catch {
    return undefined;
  }
}
const friend = await friendLink();

console.log(`
  Grapevine demo is running.

  Shop        ${stack.shopUrl}
              buy something: the NPS prompt appears on the order confirmation page
  Programme   ${stack.shopUrl}/refer.html
  Dashboard   ${stack.dashboardUrl}
              any user name, password: ${stack.adminToken}
  Mail        ${stack.mailUrl}
              the demo's emails (friend coupon, reward notices, alerts) as they were sent
  Friend      ${friend ?? 'use "Open as a friend" in the shop\'s demo toolbar'}
              the demo customer's link on another origin, so the friend is a new visitor
  API         ${stack.apiUrl}

  Data is kept in .data/demo (delete it to start over). Ctrl-C stops.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await stack.close().catch((error) => console.error(error));
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
