// One measured page view of one variant at one CPU throttling rate, in a fresh browser
// context (no cache, no storage, no service workers from earlier runs; a `returning`
// variant first visits the page once in that context, unmeasured):
//   navigate → wait for load, the variant's readiness and network quiet → GC + heap and
//   CDP metrics ("page load") → trigger → prompt visible → settle → GC + heap and metrics
//   ("after prompt") → long tasks, long-frame scripts and layout shifts from the page.
import { pageProbe, triggerAndWaitExpression, waitUntilExpression } from './page-probe.mjs';

const VISIBLE_TIMEOUT_MS = 15_000;
// Long enough for a shown prompt's own follow-up work (focus, animations, impression
// events) to land in the figures.
const AFTER_PROMPT_SETTLE_MS = 1_000;

export async function runOnce({ browser, origin, variant, cpuRate, takeServedScripts }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.addInitScript(pageProbe);
    if (variant.returning) await warmUp({ context, origin, variant, cpuRate });
    takeServedScripts();

    await page.goto(`${origin}/host/${variant.id}`, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(waitUntilExpression(variant.ready ?? 'true', 30_000));
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
    await idle(page);
    const scriptsAtLoad = takeServedScripts().map((script) => script.path);
    const loadHeap = await heapAfterGc(cdp);
    const loadMetrics = await metrics(cdp);

    let visibleMs = null;
    if (variant.trigger) {
      visibleMs = await page.evaluate(
        triggerAndWaitExpression({
          trigger: variant.trigger,
          probe: variant.probe,
          timeoutMs: VISIBLE_TIMEOUT_MS,
        }),
      );
      if (visibleMs === null)
        throw new Error(`${variant.id}: prompt not visible after ${VISIBLE_TIMEOUT_MS} ms`);
    }
    await page.waitForTimeout(AFTER_PROMPT_SETTLE_MS);
    await idle(page);
    const promptHeap = await heapAfterGc(cdp);
    const promptMetrics = await metrics(cdp);
    const observed = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      return { ...window.__bench, loadEventEnd: navigation ? navigation.loadEventEnd : null };
    });
    const longest = Math.max(0, ...observed.longTasks.map((task) => task.duration));
    return {
      variant: variant.id,
      cpuRate,
      visibleMs,
      loadEventMs: observed.loadEventEnd,
      loadScriptMs: loadMetrics.ScriptDuration * 1000,
      promptScriptMs: (promptMetrics.ScriptDuration - loadMetrics.ScriptDuration) * 1000,
      totalScriptMs: promptMetrics.ScriptDuration * 1000,
      loadHeapBytes: loadHeap,
      promptHeapBytes: promptHeap,
      tbtMs: observed.longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      longTasks: observed.longTasks.length,
      longestTaskMs: longest,
      longFrameScripts: observed.longFrameScripts,
      cls: observed.cls,
      unsupportedObservers: observed.unsupported ?? [],
      scriptsAtLoad,
      scriptsAfterTrigger: takeServedScripts().map((script) => script.path),
    };
  } finally {
    await context.close();
  }
}

/**
 * A returning visitor: one earlier page view of the same site in the same context (its
 * storage kept, its HTTP cache irrelevant since the bench serves scripts `no-store`), in a
 * page of its own so the measured page's CDP metrics and heap start from zero.
 */
async function warmUp({ context, origin, variant, cpuRate }) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.goto(`${origin}/host/${variant.id}`, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(waitUntilExpression(variant.ready ?? 'true', 30_000));
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
    await idle(page);
  } finally {
    await page.close();
  }
}

async function idle(page) {
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })),
  );
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}
