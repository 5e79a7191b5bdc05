#!/usr/bin/env node
// `pnpm bench` (full) and `pnpm bench -- --quick` (CI). Full: bytes of Grapevine and four
// peers, runtime of blank / Preact floor / Grapevine NPS / Grapevine referral / PostHog at
// 1× and 4× CPU, several interleaved runs; writes bench/RESULTS.md. Quick: one run, no
// peers, writes bench/.tmp/RESULTS.quick.md; exits non-zero if any run fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { aggregate } from './aggregate.mjs';
import { buildAssets } from './build-assets.mjs';
import { totalSizes } from './bytes.mjs';
import { kB } from './format.mjs';
import { headlineSection } from './headline.mjs';
import { describeMachine } from './machine.mjs';
import { benchDir, packageVersion, repoRoot, scratchDir } from './paths.mjs';
import { peerBytes } from './peers.mjs';
import { bytesSection, measureBytes } from './report-bytes.mjs';
import { fetchedScriptsSection, runtimeSection } from './report-runtime.mjs';
import { runRuntime, runSingle } from './runtime.mjs';
import { startServer } from './server.mjs';
import { blankVariant } from './variants/blank.mjs';
import { floorVariant } from './variants/floor.mjs';
import {
  grapevineAssets,
  grapevineLoaderFile,
  grapevineNpsPreloadedVariant,
  grapevineNpsVariant,
  grapevineReferralVariant,
  grapevineUnavailable,
} from './variants/grapevine.mjs';
import { posthogVariant } from './variants/posthog.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.find((arg) => arg.startsWith('--runs='));
const runs = quick ? 1 : Number(runsArg?.slice('--runs='.length) ?? 7);
const cpuRates = [1, 4];
const log = (message) => console.log(message);

const started = Date.now();
const machineBefore = describeMachine();
const built = await buildAssets();
const notBuilt = grapevineUnavailable();
const variants = [
  blankVariant,
  floorVariant,
  ...(notBuilt ? [] : [grapevineNpsVariant, grapevineReferralVariant]),
  ...(quick ? [] : [posthogVariant]),
];
const assets = { 'floor-dialog.js': built['floor-dialog'], ...grapevineAssets() };
const hostVariants = Object.fromEntries(variants.map((variant) => [variant.id, variant]));
const server = await startServer({ variants: hostVariants, assets });
if (notBuilt) log(`bench: Grapevine ${notBuilt}`);
else await addPreloadedVariant();
log(
  `bench: ${quick ? 'quick' : 'full'}, ${runs} run(s) × ${variants.length} variants × CPU ${cpuRates.join('/')}×`,
);

// Discovery run (not recorded): which chunks does the cold NPS variant load after its
// trigger? The preloaded variant hints exactly those.
async function addPreloadedVariant() {
  try {
    const discovery = await runSingle({ variant: grapevineNpsVariant, cpuRate: 1, server });
    const preloaded = grapevineNpsPreloadedVariant(discovery.scriptsAfterTrigger);
    variants.splice(variants.indexOf(grapevineNpsVariant) + 1, 0, preloaded);
    hostVariants[preloaded.id] = preloaded;
    log(`bench: preloaded variant hints ${discovery.scriptsAfterTrigger.join(', ') || 'nothing'}`);
  } catch (error) {
    log(
      `bench: discovery run failed, no preloaded variant (${error instanceof Error ? error.message : error})`,
    );
  }
}

let runtime;
try {
  runtime = await runRuntime({ variants, cpuRates, runs, server, log });
} finally {
  await server.close();
}
const unknownPaths = server.unknownPaths();

// Grapevine's bytes are what the browser actually fetched in the runtime run: "no prompt" is
// everything before the trigger (the loader and any chunk it loads eagerly, as on any page
// carrying the snippet), "with prompt" adds what the trigger loaded. No chunk name is
// guessed here.
const fetched = (variantId, when) => {
  const run = runtime.results.find((result) => result.variant === variantId);
  if (!run) return null;
  const paths =
    when === 'load' ? run.scriptsAtLoad : [...run.scriptsAtLoad, ...run.scriptsAfterTrigger];
  return [...new Set(paths)].map((path) => assets[path.replace(/^\/assets\//, '')]).filter(Boolean);
};
const loaderAlone = notBuilt ? null : totalSizes([grapevineLoaderFile]);
const grapevineRows = notBuilt
  ? [{ id: 'grapevine', label: 'Grapevine (script tag)', unavailable: notBuilt }]
  : [
      ['grapevine', 'grapevine-nps', 'NPS prompt'],
      ['grapevine-referral', 'grapevine-referral', 'referral prompt'],
    ].map(([id, variantId, what]) => ({
      id,
      label: `Grapevine, ${what} (script tag)`,
      noPrompt: fetched(variantId, 'load'),
      withPrompt: fetched(variantId, 'all'),
      loaderAlone,
      note: `every script the browser fetched in the runtime run before the trigger (no prompt) and in all (with the ${what}); the loader \`grapevine.js\` alone is ${kB(loaderAlone?.raw ?? 0)} kB raw, ${kB(loaderAlone?.brotli ?? 0)} kB brotli`,
    }));
const bytesRows = measureBytes([
  ...grapevineRows,
  {
    id: 'floor',
    label: 'Preact dialog (floor)',
    noPrompt: null,
    withPrompt: [built['floor-dialog']],
    note: 'Preact + hooks + a 0–10 dialog, esbuild-minified; nothing is loaded when no prompt shows',
  },
  ...(quick ? [] : peerBytes(built)),
]);

const busy = (snapshot) => Number(snapshot.loadAverage.split(' / ')[0]) > snapshot.cores;
const aggregated = aggregate(
  runtime.results,
  cpuRates,
  variants.map((variant) => variant.id),
);
const machine = describeMachine();
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const peerVersions = quick
  ? []
  : [
      'posthog-js',
      '@sentry/browser',
      '@formbricks/js',
      '@formbricks/surveys',
      '@saasquatch/squatch-js',
    ].map((name) => `${name} ${packageVersion(name)}`);
const lines = [
  `# Benchmark results${quick ? ' (quick: 1 run, no peers — a smoke test, not figures to quote)' : ''}`,
  '',
  `Generated by \`${quick ? 'node scripts/bench.mjs --quick' : 'pnpm bench'}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC in ${minutes} min. See [README.md](README.md) for what is measured and how.`,
  '',
  `- Browser: Chromium ${runtime.browserVersion} (Debian package, headless, driven by Playwright), viewport 1280×800.`,
  `- Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB.toFixed(1)} GiB RAM, Linux ${machine.kernel}, Node ${machine.node}; load average (1/5/15 min) ${machineBefore.loadAverage} at the start, ${machine.loadAverage} at the end.`,
  ...(busy(machineBefore) || busy(machine)
    ? [
        `- **The machine was busy** (load average above its ${machine.cores} cores, other work running): absolute times are inflated and spread; compare ratios within this run, and prefer heap and bytes, which do not depend on load.`,
      ]
    : []),
  ...(peerVersions.length
    ? [`- Peers: ${peerVersions.join(', ')}; Preact ${packageVersion('preact')} for the floor.`]
    : []),
  '',
  ...headlineSection({
    bytesRows,
    aggregated,
    cpuRates,
    variantIds: variants.map((variant) => variant.id),
  }),
  ...bytesSection(bytesRows),
  '',
  ...runtimeSection({ ...aggregated, cpuRates, variants, results: runtime.results, runs }),
  '',
  ...fetchedScriptsSection(runtime.results, variants),
  '',
];
if (runtime.failures.length || unknownPaths.length) {
  lines.push('## Problems', '');
  for (const failure of runtime.failures)
    lines.push(`- ${failure.variant} at ${failure.cpuRate}×: ${failure.message}`);
  for (const path of unknownPaths) lines.push(`- mock server had no answer for \`${path}\``);
  lines.push('');
}
const outFile = quick ? join(scratchDir, 'RESULTS.quick.md') : join(benchDir, 'RESULTS.md');
mkdirSync(scratchDir, { recursive: true });
writeFileSync(outFile, lines.join('\n'));
log(`bench: wrote ${relative(repoRoot, outFile)} in ${minutes} min`);
log(
  lines
    .slice(lines.indexOf('## Headline'), lines.indexOf('## Bytes a host page downloads'))
    .join('\n'),
);
if (runtime.failures.length) process.exit(1);
