// `pnpm --filter @grapevine/reference-server screenshot`: renders the dashboard with demo data
// in Debian's Chromium and writes PNGs (desktop and phone) to .tmp/dashboard-*.png.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper of the workspace, without types.
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

const out = new URL('../../../.tmp/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const child = spawn(
  'pnpm',
  ['exec', 'tsx', '--conditions=@grapevine/source', 'scripts/demo-server.ts'],
  {
    cwd: new URL('..', import.meta.url).pathname,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const line = await new Promise<string>((resolve) => {
  createInterface({ input: child.stdout }).once('line', resolve);
});
const { url, adminToken } = JSON.parse(line) as { url: string; adminToken: string };
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const page = await browser.newPage({
      viewport,
      httpCredentials: { username: 'admin', password: adminToken },
    });
    await page.goto(`${url}/admin`);
    await page.screenshot({ path: `${out}dashboard-${name}.png`, fullPage: true });
    console.log(`${out}dashboard-${name}.png`);
  }
} finally {
  await browser.close();
  child.kill('SIGTERM');
}
