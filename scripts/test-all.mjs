#!/usr/bin/env node
// `pnpm test`: every suite, one summary line at the end.
// Each suite runs even when an earlier one failed, so one run shows every problem.
// Counting: unit and end-to-end tests count one each; size-limit counts one per budget;
// the package check one per package; build, lint and typecheck one each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

const results = [];

function run(command, args, env = {}) {
  const started = performance.now();
  const child = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1', ...env },
  });
  return { ok: child.status === 0, seconds: (performance.now() - started) / 1000 };
}

function suite(name, command, args, count) {
  console.log(`\n━━ ${name} ━━`);
  const outcome = run(command, args);
  let counted;
  try {
    counted = count?.(outcome);
  } catch (error) {
    console.error(`${name}: could not read its results (${error.message})`);
  }
  const passed = counted?.passed ?? (outcome.ok ? 1 : 0);
  let failed = counted?.failed ?? (outcome.ok ? 0 : 1);
  // A runner that failed without reporting a failed test still failed.
  if (!outcome.ok && failed === 0) failed = 1;
  results.push({ name, passed, failed, seconds: outcome.seconds });
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

suite('build', 'pnpm', ['run', 'build']);
suite('lint', 'pnpm', ['run', 'lint']);
suite('typecheck', 'pnpm', ['run', 'typecheck']);

/** A Vitest run of some projects, counted from its JSON report. */
function vitestSuite(name, projectFilter) {
  const json = join(tmp, `vitest-${name}.json`);
  rmSync(json, { force: true });
  suite(
    name,
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      `--project=${projectFilter}`,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${json}`,
    ],
    () => {
      const report = readJson(json);
      // A file that failed without a failing test (an import error, a hook) counts once.
      const brokenFiles = report.testResults.filter(
        (file) =>
          file.status === 'failed' &&
          !file.assertionResults.some((test) => test.status === 'failed'),
      ).length;
      return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
    },
  );
}

vitestSuite('unit', '!faults');
// Real server processes under faults (database outage, SIGTERM, two processes on one PGlite).
vitestSuite('faults', 'faults');

const e2eJson = join(tmp, 'e2e.json');
rmSync(e2eJson, { force: true });
suite('e2e', 'node', ['scripts/e2e.mjs'], () => {
  if (!existsSync(e2eJson)) return { passed: 0, failed: 0 };
  const { stats } = readJson(e2eJson);
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
});

// The main journeys in Firefox ESR over WebDriver BiDi (and in Chromium through the same code).
const firefoxJson = join(tmp, 'e2e-firefox.json');
rmSync(firefoxJson, { force: true });
suite('e2e-firefox', 'node', ['scripts/firefox.mjs'], () => readJson(firefoxJson));

const sizeJson = join(tmp, 'size.json');
suite(
  'size',
  'sh',
  ['-c', `pnpm exec size-limit --json > "${sizeJson}"; status=$?; cat "${sizeJson}"; exit $status`],
  () => {
    const entries = readJson(sizeJson);
    for (const entry of entries) {
      const kb = (entry.size / 1000).toFixed(2);
      console.log(`  ${entry.passed ? '✓' : '✗'} ${entry.name}: ${kb} kB brotli`);
    }
    return {
      passed: entries.filter((entry) => entry.passed).length,
      failed: entries.filter((entry) => !entry.passed).length,
    };
  },
);

const packagesJson = join(tmp, 'packages.json');
rmSync(packagesJson, { force: true });
suite('packages', 'node', ['scripts/check-packages.mjs', `--json=${packagesJson}`], () =>
  readJson(packagesJson),
);

// The Dockerfile: linted, and its steps run without Docker (which cannot run here).
for (const extra of [
  'scripts/check-openapi.mjs',
  'scripts/check-dockerfile.mjs',
  'scripts/docker-steps.mjs',
]) {
  if (existsSync(join(root, extra)))
    suite(extra.replace(/^scripts\/|\.mjs$/g, ''), 'node', [extra]);
}

// The benchmark is not a test; its quick variant (1 run, no peers) proves it still works.
suite('bench-quick', 'node', ['scripts/bench.mjs', '--quick']);

console.log('\n━━ summary ━━');
for (const result of results) {
  const mark = result.failed > 0 ? '✗' : '✓';
  console.log(
    `${mark} ${result.name.padEnd(12)} ${String(result.passed).padStart(4)} passed ${String(result.failed).padStart(3)} failed  ${result.seconds.toFixed(1)}s`,
  );
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
