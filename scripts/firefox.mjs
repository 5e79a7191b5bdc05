#!/usr/bin/env node
// `pnpm test:firefox`: the storefront's main journeys (promoter, detractor, friend, programme
// page, keyboard) in Debian's Firefox ESR over WebDriver BiDi, and through the same code in
// Debian's Chromium, driven by puppeteer-core (which never downloads a browser here).
//
//   node scripts/firefox.mjs                      every journey, both engines
//   node scripts/firefox.mjs friend keyboard      some spec files (examples/storefront/e2e-firefox/<name>.test.ts)
//   GRAPEVINE_E2E_ENGINES=firefox node scripts/firefox.mjs
//
// Runs the BUILT packages (`pnpm build` first). Writes {passed, failed} to
// .tmp/e2e-firefox.json for the summary of `pnpm test`; a missing browser is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './chromium.mjs';
import { serverDist, widgetDist } from './demo-stack.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.tmp');
const tap = join(tmp, 'e2e-firefox.tap');
const counts = join(tmp, 'e2e-firefox.json');
mkdirSync(tmp, { recursive: true });
rmSync(tap, { force: true });

/** Records the outcome for `pnpm test` and exits. */
function finish(passed, failed) {
  writeFileSync(counts, `${JSON.stringify({ passed, failed })}\n`);
  process.exit(failed > 0 ? 1 : 0);
}

const engines = (process.env.GRAPEVINE_E2E_ENGINES ?? 'firefox,chromium').split(',');
const firefox = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (path) => path && existsSync(path),
);
const missing = [
  engines.includes('firefox') && !firefox
    ? "Firefox ESR not found: install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH."
    : undefined,
  engines.includes('chromium') && !chromiumPath()
    ? "Chromium not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH."
    : undefined,
  existsSync(join(widgetDist, 'grapevine.js')) && existsSync(serverDist)
    ? undefined
    : 'The widget or the reference server is not built: run `pnpm build` first.',
].filter(Boolean);
if (missing.length > 0) {
  for (const problem of missing) console.error(`e2e-firefox: ${problem}`);
  finish(0, 1);
}

const specs = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const child = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    'examples/storefront/e2e-firefox/all.ts',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      ...(specs.length > 0 ? { GRAPEVINE_E2E_SPECS: specs.join(',') } : {}),
    },
  },
);

// The TAP report ends with "# pass N", "# fail N", "# cancelled N" (a timed-out hook cancels).
const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const count = (name) => Number(report.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
const passed = count('pass');
let failed = count('fail') + count('cancelled');
if (child.status !== 0 && failed === 0) failed = 1;
if (passed + failed === 0) failed = 1;
finish(passed, failed);
