#!/usr/bin/env node
// `pnpm bench` (full) and `pnpm bench -- --quick` (CI). Full: bytes of Grapevine and four
// peers, runtime of blank / Preact floor / Grapevine NPS / Grapevine referral / PostHog at
// 1× and 4× CPU, several interleaved runs; writes bench/RESULTS.md. Quick: one run, no
// peers, writes bench/.tmp/RESULTS.quick.md; exits non-zero if any run fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { aggregate } from './aggregate.mjs';
import { buildAssets } from './build-assets.mjs';
import { grapevineBytes } from './grapevine-bytes.mjs';
import { describeMachine } from './machine.mjs';
import { benchDir, repoRoot, scratchDir } from './paths.mjs';
import { peerBytes } from './peers.mjs';
import { renderResults } from './report.mjs';
import { measureBytes } from './report-bytes.mjs';
import { runRuntime, runSingle } from './runtime.mjs';
import { startServer } from './server.mjs';
import { blankVariant } from './variants/blank.mjs';
import { floorVariant } from './variants/floor.mjs';
import {
  grapevineAssets,
  grapevineNpsPreloadedVariant,
  grapevineNpsReturningVariant,
  grapevineNpsVariant,
  grapevineReferralVariant,
  grapevineReturningVariant,
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
  ...(notBuilt
    ? []
    : [
        grapevineNpsVariant,
        grapevineReferralVariant,
        grapevineReturningVariant,
        grapevineNpsReturningVariant,
      ]),
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

const grapevineRows = grapevineBytes({ results: runtime.results, assets, notBuilt });
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

const aggregated = aggregate(
  runtime.results,
  cpuRates,
  variants.map((variant) => variant.id),
);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const lines = renderResults({
  quick,
  minutes,
  machineBefore,
  machine: describeMachine(),
  runtime,
  runs,
  cpuRates,
  variants,
  bytesRows,
  aggregated,
  unknownPaths,
});
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
