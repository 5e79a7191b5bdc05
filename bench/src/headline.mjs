// The few sentences the README quotes: Grapevine against its targets (ARCHITECTURE.md,
// "Performance budgets"), against PostHog and against the Preact floor.
import { fixed, kB, times } from './format.mjs';
import { ratio } from './stats.mjs';

export function headlineSection({ bytesRows, aggregated, cpuRates, variantIds }) {
  const lines = ['## Headline', ''];
  const grapevineRows = bytesRows.filter((row) => row.id.startsWith('grapevine'));
  const posthog = bytesRows.find((row) => row.id === 'posthog');
  const floor = bytesRows.find((row) => row.id === 'floor');
  const unavailable = grapevineRows.find((row) => row.unavailable);
  if (grapevineRows.length === 0 || unavailable) {
    lines.push(`- Grapevine: ${unavailable?.unavailable ?? 'not measured'}.`);
  } else {
    // The heavier of the NPS and referral page views: the budget holds for both.
    const worst = (key) =>
      grapevineRows.reduce((max, row) =>
        (row[key]?.brotli ?? 0) > (max[key]?.brotli ?? 0) ? row : max,
      );
    const bytesLine = (name, key, budget) => {
      const row = worst(key);
      const own = row[key]?.brotli;
      if (!own) return null;
      const parts = [`${kB(own)} kB brotli (target ≤ ${budget} kB)`];
      if (posthog?.[key]) {
        parts.push(
          `PostHog ${kB(posthog[key].brotli)} kB, ${times(posthog[key].brotli / own)} as much`,
        );
      }
      if (key === 'withPrompt' && floor?.withPrompt) {
        parts.push(`Preact floor ${kB(floor.withPrompt.brotli)} kB`);
      }
      return `- Page view ${name}: Grapevine ${parts.join('; ')}.`;
    };
    const loader = grapevineRows[0]?.loaderAlone;
    const returning = grapevineRows.find((row) => row.id === 'grapevine-returning');
    const firstVisits = grapevineRows.filter((row) => row !== returning);
    const firstVisit = firstVisits.reduce(
      (max, row) => ((row.noPrompt?.brotli ?? 0) > (max?.noPrompt?.brotli ?? 0) ? row : max),
      undefined,
    );
    const noPromptParts = [
      returning?.noPrompt
        ? `${kB(returning.noPrompt.brotli)} kB brotli for a returning visitor (target ≤ 4 kB)`
        : null,
      firstVisit?.noPrompt
        ? `${kB(firstVisit.noPrompt.brotli)} kB on a first visit, which checks the config once`
        : null,
      loader ? `the loader alone ${kB(loader.brotli)} kB` : null,
      posthog?.noPrompt ? `PostHog ${kB(posthog.noPrompt.brotli)} kB on every page view` : null,
    ].filter(Boolean);
    lines.push(
      ...[
        noPromptParts.length
          ? `- Page view without a prompt: Grapevine ${noPromptParts.join('; ')}.`
          : null,
        bytesLine('with a prompt', 'withPrompt', 22),
      ].filter(Boolean),
    );
  }
  const { summaries } = aggregated ?? {};
  if (summaries && variantIds.includes('grapevine-nps')) {
    const others = [
      ['posthog', 'PostHog'],
      ['floor', 'floor'],
    ].filter(([id]) => variantIds.includes(id));
    for (const rate of cpuRates) {
      const at = summaries[rate];
      const mine = at['grapevine-nps'];
      const preloaded = at['grapevine-nps-preloaded'];
      const returningView = at['grapevine-returning'];
      const returningNps = at['grapevine-nps-returning'];
      const returningNote = (value, decimals, unit, prefix = '') =>
        value?.median === undefined || value?.median === null
          ? ''
          : `, ${prefix}${fixed(value.median, decimals)} ${unit} for a returning visitor`;
      const theirs = (key, decimals, prefix = '') =>
        others.map(([id, name]) => `${name} ${prefix}${fixed(at[id][key]?.median, decimals)}`);
      const versus = (key) => {
        const posthogRatio = variantIds.includes('posthog')
          ? ratio(mine[key], at.posthog[key])
          : null;
        return posthogRatio === null ? '' : ` (${times(posthogRatio)} PostHog's)`;
      };
      const visibleTarget = { 1: 50, 4: 100 }[rate];
      lines.push(
        `- **CPU ${rate}×**, Grapevine NPS:`,
        `  - trigger → visible ${fixed(mine.visibleMs?.median, 1)} ms cold${preloaded ? `, ${fixed(preloaded.visibleMs?.median, 1)} ms with its chunks preloaded` : ''}${returningNote(returningNps?.visibleMs, 1, 'ms')}${visibleTarget ? ` (target ≤ ${visibleTarget} ms with the chunk prefetched)` : ''}${versus('visibleMs')}; ${theirs('visibleMs', 1).join(', ')} ms;`,
        `  - added script time on load ${fixed(mine.loadScriptMs?.median, 1)} ms on a first visit${returningNote(returningView?.loadScriptMs, 1, 'ms')}${rate === 4 ? ' (target ≤ 5 ms)' : ''}${versus('loadScriptMs')}; ${theirs('loadScriptMs', 1).join(', ')} ms;`,
        `  - heap with the prompt shown +${fixed(mine.promptHeapBytes?.median, 0)} kB on a first visit${returningNote(returningNps?.promptHeapBytes, 0, 'kB', '+')}, page idle +${fixed(returningView?.loadHeapBytes?.median, 0)} kB for a returning visitor (target ≤ 250 kB)${versus('promptHeapBytes')}; ${theirs('promptHeapBytes', 0, '+').join(', ')} kB;`,
        `  - long tasks ${fixed(mine.longTasks?.median, 0)}, longest ${fixed(mine.longestTaskMs?.median, 0)} ms, TBT ${fixed(mine.tbtMs?.median, 0)} ms (target: none attributable to Grapevine); ${theirs('tbtMs', 0).join(', ')} ms TBT;`,
        `  - CLS ${fixed(mine.cls?.median, 3)} (target 0); ${theirs('cls', 3).join(', ')}.`,
      );
    }
  }
  lines.push('');
  return lines;
}
