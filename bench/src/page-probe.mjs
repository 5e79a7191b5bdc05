// In-page instrumentation, installed before any page script (Playwright addInitScript):
// long tasks, long animation frames with their script attribution (to tell whose code was
// long), and layout shifts. Buffered observers also catch entries from before they ran.
export const pageProbe = `(() => {
  if (window !== window.top || window.__bench) return;
  const state = { longTasks: [], longFrameScripts: [], cls: 0, shifts: 0 };
  window.__bench = state;
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch (error) {
      state.unsupported = (state.unsupported || []).concat(type);
    }
  };
  observe('longtask', (entry) => state.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('long-animation-frame', (entry) => {
    for (const script of entry.scripts || []) {
      if (script.duration >= 5) {
        state.longFrameScripts.push({ source: script.sourceURL || script.invoker || '', duration: script.duration });
      }
    }
  });
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) { state.cls += entry.value; state.shifts += 1; }
  });
})();`;

/**
 * In-page code that runs a variant's trigger and resolves with the time until its prompt is
 * visible: checked on every animation frame (the frame in which it first has a box, is not
 * hidden and not fully transparent is the frame that paints it).
 */
export function triggerAndWaitExpression({ trigger, probe, timeoutMs }) {
  return `(async () => {
    const find = () => (${probe});
    const visible = (element) => {
      if (!element || !element.isConnected) return false;
      // checkVisibility looks through ancestors (across the shadow boundary) for
      // display:none, visibility:hidden and opacity:0, so a fading-in container counts.
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 &&
        element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    };
    const start = performance.now();
    ${trigger};
    return await new Promise((resolve) => {
      const frame = () => {
        const now = performance.now();
        if (visible(find())) resolve(now - start);
        else if (now - start > ${timeoutMs}) resolve(null);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  })()`;
}

/**
 * In-page wait until `condition` (an expression) is true. Used instead of Playwright's
 * waitForFunction, which injects Playwright's own large helper script into the page and
 * would show up as several hundred kB of "added heap" for exactly the variants that wait.
 * Every variant, blank included, goes through this same call.
 */
export function waitUntilExpression(condition, timeoutMs) {
  return `new Promise((resolve, reject) => {
    const start = performance.now();
    const check = () => {
      if (${condition}) resolve(true);
      else if (performance.now() - start > ${timeoutMs}) reject(new Error('not ready after ${timeoutMs} ms: ' + ${JSON.stringify(condition)}));
      else setTimeout(check, 25);
    };
    check();
  })`;
}
