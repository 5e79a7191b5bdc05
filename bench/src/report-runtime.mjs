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
  const comparisons = ['grapevine-nps', 'grapevine-referral']
    .filter((id) => ids.includes(id))
    .flatMap((id) =>
      ['posthog', 'floor'].filter((other) => ids.includes(other)).map((other) => ({ id, other })),
    );
  const label = (id) => variants.find((variant) => variant.id === id)?.label ?? id;
  for (const rate of cpuRates) {
    lines.push(
      `### CPU ${rate}× ${rate === 1 ? '(no throttling)' : 'slower (CDP Emulation.setCPUThrottlingRate)'}`,
      '',
    );
    const header = [
      'metric',
      ...ids.map(label),
      ...comparisons.map(({ id, other }) => `${label(id)} ÷ ${label(other)}`),
    ];
    lines.push(
      `| ${header.join(' | ')} |`,
      `|---|${header
        .slice(1)
        .map(() => '--:')
        .join('|')}|`,
    );
    for (const metric of runtimeMetrics) {
      const cells = ids.map((id) => {
        if (id === 'blank' && metric.added)
          return `base ${fixed(base[rate][metric.key]?.median, metric.decimals)}`;
        if (id === 'blank' && metric.key === 'visibleMs') return '—';
        return spread(summaries[rate][id][metric.key], metric.decimals);
      });
      const ratios = comparisons.map(({ id, other }) =>
        times(ratio(summaries[rate][id][metric.key], summaries[rate][other][metric.key])),
      );
      lines.push(`| ${metric.label} | ${[...cells, ...ratios].join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push(
    '### Scripts inside long animation frames',
    '',
    'Long Animation Frames API: for each variant, every script that ran ≥ 5 ms inside a frame longer than 50 ms, with its longest single run. This is how a long task is attributed to a script.',
    '',
  );
  const sources = longFrameSources(results);
  for (const [key, table] of Object.entries(sources)) {
    const entries = Object.entries(table).sort((a, b) => b[1] - a[1]);
    const text = entries.length
      ? entries.map(([source, ms]) => `\`${source}\` ${ms.toFixed(0)} ms`).join(', ')
      : 'none';
    lines.push(`- ${key}: ${text}`);
  }
  return lines;
}
