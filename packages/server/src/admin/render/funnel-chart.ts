import type { Funnel } from '../queries.js';
import { formatCount, formatPercent } from './format.js';
import { html, type SafeHtml } from './html.js';

const WIDTH = 1000;
const LABEL = 150;
const ROW = 46;
const BAR = 26;
const BAR_MAX = WIDTH - LABEL - 150;

/** Each share channel in a colour people associate with it. */
const CHANNEL_COLOURS: Record<string, string> = {
  native: '#6d28d9',
  email: '#f59e0b',
  sms: '#0ea5e9',
  whatsapp: '#22c55e',
  x: '#1d1b26',
  facebook: '#1877f2',
  linkedin: '#0a66c2',
  messenger: '#c026d3',
  line: '#06c755',
  telegram: '#38bdf8',
};
const colour = (channel: string) => CHANNEL_COLOURS[channel] ?? '#a78bfa';

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
      bar = html`${data.shares.map((s) => {
        const width = (s.count / shares) * scale(shares);
        const rect = html`<rect x="${left.toFixed(1)}" y="${top}" width="${width.toFixed(1)}" height="${BAR}" rx="3" fill="${colour(s.channel)}"><title>${s.channel}: ${s.count}</title></rect>`;
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
    (s) =>
      html`<span class="chip"><i style="background:${colour(s.channel)}"></i>${s.channel} <b>${formatCount(s.count)}</b></span>`,
  )}`;
  return { chart, legend };
}
