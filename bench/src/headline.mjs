// The few sentences the README quotes: Grapevine against its targets (ARCHITECTURE.md,
// "Performance budgets"), against PostHog and against the Preact floor.
import { fixed, kB, times } from './format.mjs';
import { ratio } from './stats.mjs';

export function headlineSection({ bytesRows, aggregated, cpuRates, variantIds }) {
  const lines = ['## Headline', ''];
  const grapevine = bytesRows.find((row) => row.id === 'grapevine');
  const posthog = bytesRows.find((row) => row.id === 'posthog');
  const floor = bytesRows.find((row) => row.id === 'floor');
  if (!grapevine || grapevine.unavailable) {
    lines.push(`- Grapevine: ${grapevine?.unavailable ?? 'not measured'}.`);
  } else {
    const bytesLine = (name, key, budget) => {
      const own = grapevine[key]?.brotli;
      if (!own) return null;
      const parts = [`${kB(own)} kB brotli (target ≤ ${budget} kB)`];
      if (posthog?.[key])
        parts.push(
          `PostHog ${kB(posthog[key].brotli)} kB, ${times(posthog[key].brotli / own)} more`,
        );
      if (key === 'withPrompt' && floor?.withPrompt)
        parts.push(`Preact floor ${kB(floor.withPrompt.brotli)} kB`);
      return `- Page view ${name}: Grapevine ${parts.join('; ')}.`;
    };
    lines.push(
      ...[
        bytesLine('without a prompt', 'noPrompt', 4),
        bytesLine('with a prompt', 'withPrompt', 22),
      ].filter(Boolean),
    );
  }
  const { summaries } = aggregated ?? {};
  if (summaries && variantIds.includes('grapevine-nps')) {
    for (const rate of cpuRates) {
      const mine = summaries[rate]['grapevine-nps'];
      const target = rate === 1 ? 50 : rate === 4 ? 100 : null;
      const visible = [
        `trigger → visible ${fixed(mine.visibleMs?.median, 1)} ms${target ? ` (target ≤ ${target})` : ''}`,
      ];
      const script = `added script time on load ${fixed(mine.loadScriptMs?.median, 1)} ms${rate === 4 ? ' (target ≤ 5)' : ''}`;
      const heap = `heap with the prompt +${fixed(mine.promptHeapBytes?.median, 0)} kB (target ≤ 250)`;
      const cls = `CLS ${fixed(mine.cls?.median, 3)}`;
      const longTasks = `${fixed(mine.longTasks?.median, 0)} long tasks`;
      const versus = ['posthog', 'floor']
        .filter((other) => variantIds.includes(other))
        .map((other) => {
          const theirs = summaries[rate][other];
          const faster = ratio(theirs.visibleMs, mine.visibleMs);
          return `${other === 'posthog' ? 'PostHog' : 'the floor'}: visible in ${fixed(theirs.visibleMs?.median, 1)} ms (${times(faster)} Grapevine's time), script +${fixed(theirs.loadScriptMs?.median, 1)} ms`;
        });
      lines.push(
        `- CPU ${rate}×, Grapevine NPS: ${[...visible, script, heap, cls, longTasks].join(', ')}.${versus.length ? ` ${versus.join('; ')}.` : ''}`,
      );
    }
  }
  lines.push('');
  return lines;
}
