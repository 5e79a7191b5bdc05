import type { Funnel } from '../queries.js';
import { formatCount, formatPercent } from './format.js';
import { html, type SafeHtml } from './html.js';

const WIDTH = 760;
const LABEL = 150;
const ROW = 46;
const BAR = 26;
const BAR_MAX = WIDTH - LABEL - 150;

/** Colours for share channels, in a stable order. */
const CHANNEL_COLOURS = [
  '#7c3aed',
  '#a78bfa',
  '#5b21b6',
  '#c4b5fd',
  '#6d28d9',
  '#ddd6fe',
  '#4c1d95',
];

/**
 * The referral funnel as an inline SVG: one bar per step on a common scale, the count and the
 * rate from the previous step; the shares bar is split by channel.
 */
export function funnelChart(data: Funnel): { chart: SafeHtml; legend: SafeHtml } {
  const shares = data.shares.reduce((sum, s) => sum + s.count, 0);
  const steps: [string, number][] = [
    ['Impressions', data.impressions],
    ['Shares', shares],
    ['Link clicks', data.clicks],
    ['Friend claims', data.claims],
    ['Conversions', data.conversions],
    ['Rewards approved', data.rewardsApproved],
  ];
  const max = Math.max(1, ...steps.map(([, n]) => n));
  const scale = (n: number) => (n === 0 ? 0 : Math.max(3, (n / max) * BAR_MAX));
  const rows = steps.map(([label, count], i) => {
    const top = i * ROW + 8;
    const previous = i === 0 ? undefined : steps[i - 1]?.[1];
    const rate = previous
      ? html`<tspan class="rate"> · ${formatPercent(count / previous)} of ${steps[i - 1]?.[0].toLowerCase()}</tspan>`
      : '';
    let bar: SafeHtml;
    if (label === 'Shares' && shares > 0) {
      let left = LABEL;
      bar = html`${data.shares.map((s, k) => {
        const width = (s.count / shares) * scale(shares);
        const rect = html`<rect x="${left.toFixed(1)}" y="${top}" width="${width.toFixed(1)}" height="${BAR}" rx="3" fill="${CHANNEL_COLOURS[k % CHANNEL_COLOURS.length] ?? '#7c3aed'}"><title>${s.channel}: ${s.count}</title></rect>`;
        left += width;
        return rect;
      })}`;
    } else {
      bar = html`<rect x="${LABEL}" y="${top}" width="${scale(count).toFixed(1)}" height="${BAR}" rx="3" class="bar"/>`;
    }
    return html`<g><text x="${LABEL - 12}" y="${top + 18}" text-anchor="end" class="label">${label}</text>
      <rect x="${LABEL}" y="${top}" width="${BAR_MAX}" height="${BAR}" rx="3" class="track"/>
      ${bar}
      <text x="${(LABEL + scale(count) + 8).toFixed(1)}" y="${top + 18}" class="count">${formatCount(count)}${rate}</text></g>`;
  });
  const chart = html`<svg class="chart" viewBox="0 0 ${WIDTH} ${steps.length * ROW + 8}" role="img" aria-label="Referral funnel">${rows}</svg>`;
  const legend = html`${data.shares.map(
    (s, k) =>
      html`<span class="chip"><i style="background:${CHANNEL_COLOURS[k % CHANNEL_COLOURS.length] ?? '#7c3aed'}"></i>${s.channel} <b>${formatCount(s.count)}</b></span>`,
  )}`;
  return { chart, legend };
}
