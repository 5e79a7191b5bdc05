// Turns individual runs into per-(rate, variant) summaries, with "added vs blank" figures
// for the metrics where the blank page's own cost is not zero.
import { minus, summarize } from './stats.mjs';

/** The runtime metrics, in report order. `added`: reported as the difference to blank. */
export const runtimeMetrics = [
  { key: 'visibleMs', label: 'Trigger → prompt visible (ms)', decimals: 1 },
  {
    key: 'loadScriptMs',
    label: 'Script time on page load, added vs blank (ms)',
    added: true,
    decimals: 1,
  },
  { key: 'promptScriptMs', label: 'Script time, trigger → prompt + 1 s (ms)', decimals: 1 },
  { key: 'tbtMs', label: 'Total blocking time, whole run (ms)', decimals: 0 },
  { key: 'longestTaskMs', label: 'Longest task (ms)', decimals: 0 },
  { key: 'longTasks', label: 'Long tasks (count)', decimals: 0 },
  {
    key: 'loadHeapBytes',
    label: 'JS heap after GC, page idle, added vs blank (kB)',
    added: true,
    scale: 1 / 1000,
    decimals: 0,
  },
  {
    key: 'promptHeapBytes',
    label: 'JS heap after GC, prompt shown, added vs blank (kB)',
    added: true,
    scale: 1 / 1000,
    decimals: 0,
  },
  { key: 'cls', label: 'Cumulative layout shift', decimals: 3 },
  { key: 'loadEventMs', label: 'Load event, delay vs blank (ms)', added: true, decimals: 1 },
];

/**
 * `summaries[rate][variantId][metricKey]` = { median, min, max, n } (already "added" where
 * the metric says so), plus `base[rate][metricKey]`: the blank page's absolute figures.
 */
export function aggregate(results, cpuRates, variantIds) {
  const summaries = {};
  const base = {};
  for (const rate of cpuRates) {
    summaries[rate] = {};
    const blankRuns = results.filter((run) => run.cpuRate === rate && run.variant === 'blank');
    base[rate] = {};
    for (const metric of runtimeMetrics) {
      base[rate][metric.key] = summarize(blankRuns.map((run) => scaled(run, metric)));
    }
    for (const id of variantIds) {
      const runs = results.filter((run) => run.cpuRate === rate && run.variant === id);
      summaries[rate][id] = {};
      for (const metric of runtimeMetrics) {
        const summary = summarize(runs.map((run) => scaled(run, metric)));
        summaries[rate][id][metric.key] = metric.added
          ? minus(summary, base[rate][metric.key])
          : summary;
      }
    }
  }
  return { summaries, base };
}

function scaled(run, metric) {
  const value = run[metric.key];
  return typeof value === 'number' ? value * (metric.scale ?? 1) : null;
}

/**
 * Scripts seen inside long animation frames, per variant and rate: for each source, in how
 * many runs it appeared and the median and max of its longest script run per run. The
 * median keeps one run disturbed by the machine from naming a culprit.
 */
export function longFrameSources(results) {
  const table = {};
  const runsPerKey = {};
  for (const run of results) {
    const key = `${run.variant} @ ${run.cpuRate}×`;
    table[key] ??= {};
    runsPerKey[key] = (runsPerKey[key] ?? 0) + 1;
    const longestPerSource = {};
    for (const script of run.longFrameScripts) {
      const source = shortSource(script.source);
      longestPerSource[source] = Math.max(longestPerSource[source] ?? 0, script.duration);
    }
    for (const [source, duration] of Object.entries(longestPerSource)) {
      table[key][source] ??= [];
      table[key][source].push(duration);
    }
  }
  return Object.fromEntries(
    Object.entries(table).map(([key, sources]) => [
      key,
      {
        runs: runsPerKey[key],
        sources: Object.entries(sources).map(([source, durations]) => ({
          source,
          ...summarize(durations),
        })),
      },
    ]),
  );
}

function shortSource(source) {
  try {
    const url = new URL(source);
    return url.pathname;
  } catch {
    return source || '(inline or unknown)';
  }
}
