// Runs every variant at every CPU rate, `runs` times, interleaved: each round visits every
// (rate, variant) pair in a rotated order, so a burst of load from elsewhere on the machine
// spreads over all variants instead of landing on one. Each run gets its own browser
// process (a fresh temporary profile) and context.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { runOnce } from './run-once.mjs';

export async function runRuntime({ variants, cpuRates, runs, server, log }) {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error('No Chromium found (set CHROMIUM_PATH or install /usr/bin/chromium).');
  const pairs = cpuRates.flatMap((cpuRate) => variants.map((variant) => ({ cpuRate, variant })));
  const results = [];
  const failures = [];
  let browserVersion = '';
  for (let round = 0; round < runs; round += 1) {
    const shift = (round * 3) % pairs.length;
    const order = [...pairs.slice(shift), ...pairs.slice(0, shift)];
    for (const { cpuRate, variant } of order) {
      const browser = await chromium.launch({ executablePath, args: chromiumArgs });
      browserVersion = browser.version();
      const started = Date.now();
      try {
        const result = await runOnce({
          browser,
          origin: server.origin,
          variant,
          cpuRate,
          takeServedScripts: server.takeServedScripts,
        });
        results.push(result);
        log(
          `  round ${round + 1}/${runs} ${cpuRate}× ${variant.id.padEnd(24)} visible ${format(result.visibleMs)} ms, script ${format(result.loadScriptMs)} ms (${Date.now() - started} ms)`,
        );
      } catch (error) {
        failures.push({
          variant: variant.id,
          cpuRate,
          message: error instanceof Error ? error.message : String(error),
        });
        log(
          `  round ${round + 1}/${runs} ${cpuRate}× ${variant.id}: FAILED ${failures.at(-1)?.message}`,
        );
      } finally {
        await browser.close();
      }
    }
  }
  return { results, failures, browserVersion };
}

/** One unrecorded run in its own browser, e.g. to discover what a variant loads. */
export async function runSingle({ variant, cpuRate, server }) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    return await runOnce({
      browser,
      origin: server.origin,
      variant,
      cpuRate,
      takeServedScripts: server.takeServedScripts,
    });
  } finally {
    await browser.close();
  }
}

function format(value) {
  return typeof value === 'number' ? value.toFixed(1) : '—';
}
