// The runtime section of RESULTS.md: one table per CPU rate, metrics as rows, variants as
// columns, then Grapevine's ratios against PostHog and against the Preact floor.
import { longFrameSources, runtimeMetrics } from './aggregate.mjs';
import { fixed, spread, times } from './format.mjs';
import { ratio } from './stats.mjs';

export function runtimeSection({ summaries, base, cpuRates, variants, results, runs }) {
  const lines = [
    '## Runtime in Chromium',
    '',
    `${runs} run(s) per variant and rate, interleaved; each run in a fresh browser process and context. Cells: median (min–max). "Added" rows subtract the blank page's median (shown in the blank column as \`base …\`).`,
    '',
  ];
  const ids = variants.map((variant) => variant.id);
  const comparisons = ['grapevine-nps', 'grapevine-nps-preloaded', 'grapevine-referral']
    .filter((id) => ids.includes(id))
    .flatMap((id) =>
      ['posthog', 'floor'].filter((other) => ids.includes(other)).map((other) => ({ id, other })),
    );
  const label = (id) => variants.find((variant) => variant.id === id)?.label ?? id;
  for (const rate of cpuRates) {
    const title = rate === 1 ? 'no throttling' : 'slower (CDP Emulation.setCPUThrottlingRate)';
    lines.push(`### CPU ${rate}× ${title}`, '');
    lines.push(
      ...table(
        ['metric', ...ids.map(label)],
        runtimeMetrics.map((metric) => [
          metric.label,
          ...ids.map((id) => {
            if (id === 'blank' && metric.added) {
              return `base ${fixed(base[rate][metric.key]?.median, metric.decimals)}`;
            }
            if (id === 'blank' && metric.key === 'visibleMs') return '—';
            return spread(summaries[rate][id][metric.key], metric.decimals);
          }),
        ]),
      ),
    );
    if (comparisons.length > 0) {
      lines.push(
        '',
        `Ratios of medians at ${rate}× (below 1 means Grapevine is smaller or faster):`,
        '',
      );
      lines.push(
        ...table(
          ['metric', ...comparisons.map(({ id, other }) => `${label(id)} ÷ ${label(other)}`)],
          runtimeMetrics.map((metric) => [
            metric.label,
            ...comparisons.map(({ id, other }) =>
              times(ratio(summaries[rate][id][metric.key], summaries[rate][other][metric.key])),
            ),
          ]),
        ),
      );
    }
    lines.push('');
  }
  lines.push(
    '### Scripts inside long animation frames',
    '',
    "Long Animation Frames API: for each variant, every script that ran ≥ 5 ms inside a frame longer than 50 ms: in how many runs, and the median and max of its longest run per run. This is how a long task is attributed to a script. `FrameRequestCallback` and `PerformanceObserverCallback` are mostly the bench's own probes (the visibility check forces the first layout of the prompt).",
    '',
  );
  const sources = longFrameSources(results);
  for (const [key, { runs: total, sources: list }] of Object.entries(sources)) {
    const sorted = [...list].sort((a, b) => b.n - a.n || b.median - a.median);
    const text = sorted.length
      ? sorted
          .map(
            (entry) =>
              `\`${entry.source}\` in ${entry.n}/${total} runs, median ${entry.median.toFixed(0)} ms (max ${entry.max.toFixed(0)})`,
          )
          .join('; ')
      : 'none';
    lines.push(`- ${key}: ${text}`);
  }
  return lines;
}

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|---|${header
      .slice(1)
      .map(() => '--:')
      .join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** What each variant downloaded in its first run, split at the trigger: the bytes cross-check. */
export function fetchedScriptsSection(results, variants) {
  const lines = ['### Scripts each variant fetched (first run)', ''];
  const list = (paths) => (paths.length ? paths.map((path) => `\`${path}\``).join(', ') : 'none');
  for (const variant of variants) {
    const run = results.find((result) => result.variant === variant.id);
    if (!run) continue;
    lines.push(
      `- ${variant.label}: before the trigger ${list(run.scriptsAtLoad)}; after it ${list(run.scriptsAfterTrigger)}`,
    );
  }
  return lines;
}
