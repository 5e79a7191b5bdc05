// `pnpm --filter @grapevine/server screenshot`: renders the dashboard with demo data
// in Debian's Chromium and writes PNGs to .tmp/: the overview (desktop and phone,
// dashboard-*.png) and the Rewards page with its review queue (rewards-*.png).
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
    for (const [file, path] of [
      ['dashboard', '/admin'],
      ['rewards', '/admin/rewards'],
    ] as const) {
      await page.goto(`${url}${path}`);
      await page.screenshot({ path: `${out}${file}-${name}.png`, fullPage: true });
      console.log(`${out}${file}-${name}.png`);
    }
  }
} finally {
  await browser.close();
  child.kill('SIGTERM');
}
