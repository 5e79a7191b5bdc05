import type { Funnel, NpsComment, NpsWeek, TopAdvocate, VariantResult } from '../queries.js';
import { formatCount, formatMoney, formatPercent } from './format.js';
import { funnelChart } from './funnel-chart.js';
import { html, type SafeHtml } from './html.js';
import { npsChart, SEGMENT_COLOURS, scoreOf, sumWeeks } from './nps-chart.js';
import { advocateTable, commentColumns, variantTable } from './sections.js';
import { DASHBOARD_CSS } from './styles.js';

/** Everything the dashboard shows, already queried. */
export interface DashboardData {
  siteKey: string;
  siteKeys: readonly string[];
  weeks: number;
  generatedAt: Date;
  npsWeeks: readonly NpsWeek[];
  comments: readonly NpsComment[];
  funnel: Funnel;
  variants: readonly VariantResult[];
  advocates: readonly TopAdvocate[];
  rewardsPending: { amount: number; currency: string | null };
}

const LOGO = html`<svg width="26" height="26" viewBox="0 0 26 26" aria-hidden="true"><path d="M13 2c1 2 3 3 5 3" stroke="#16a34a" stroke-width="2" fill="none" stroke-linecap="round"/>
  ${[
    [9, 9],
    [17, 9],
    [5, 15],
    [13, 15],
    [21, 15],
    [9, 21],
    [17, 21],
  ].map(
    ([cx, cy]) =>
      html`<circle cx="${cx}" cy="${cy}" r="4.2" fill="#6d28d9" opacity="${cy === 21 ? 0.75 : 1}"/>`,
  )}</svg>`;

/** Renders the dashboard as one self-contained HTML page (inline CSS and SVG, no script). */
export function renderDashboard(data: DashboardData): string {
  const recent = scoreOf(sumWeeks(data.npsWeeks.slice(-4)));
  const totals = sumWeeks(data.npsWeeks);
  const answers = totals.promoters + totals.passives + totals.detractors;
  const score = scoreOf(totals);
  const revenue = data.funnel.revenue[0];
  const { chart: funnelSvg, legend: channelLegend } = funnelChart(data.funnel);
  const query = (extra: string) =>
    `?site=${encodeURIComponent(data.siteKey)}&weeks=${data.weeks}${extra}`;
  const kpi = (label: string, value: string, note: string, cls = '') =>
    html`<div class="kpi ${cls}"><div class="label">${label}</div><div class="value">${value}</div><div class="note">${note}</div></div>`;
  const page: SafeHtml = html`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>Grapevine · ${data.siteKey}</title><style>${DASHBOARD_CSS}</style></head><body>
<header><h1>${LOGO} Grapevine <span class="site">${data.siteKey}</span></h1>
<nav aria-label="Period and exports">
  ${[4, 12, 26, 52].map((w) => html`<a class="button ${w === data.weeks ? 'current' : ''}" href="?site=${encodeURIComponent(data.siteKey)}&weeks=${w}">${w} weeks</a>`)}
  <a class="button" href="nps.csv${query('')}" download>⤓ NPS answers CSV</a>
  <a class="button" href="conversions.csv${query('')}" download>⤓ Conversions CSV</a>
</nav>
${data.siteKeys.length > 1 ? html`<nav aria-label="Sites">${data.siteKeys.map((key) => html`<a class="button ${key === data.siteKey ? 'current' : ''}" href="?site=${encodeURIComponent(key)}&weeks=${data.weeks}">${key}</a>`)}</nav>` : ''}
</header>
<main>
<section class="kpis" aria-label="Key figures">
  ${kpi('Net Promoter Score', score === null ? '–' : String(score), `${formatCount(answers)} ${answers === 1 ? 'answer' : 'answers'} in ${data.weeks} weeks · last 4 weeks: ${recent ?? '–'}`, 'nps')}
  ${kpi('Promoters', answers ? formatPercent(totals.promoters / answers, 0) : '–', `${formatCount(totals.detractors)} detractors (${answers ? formatPercent(totals.detractors / answers, 0) : '–'})`)}
  ${kpi('Friends referred', formatCount(data.funnel.claims), `${formatCount(data.funnel.clicks)} link clicks`)}
  ${kpi('Referral sales', formatCount(data.funnel.conversions), revenue ? `${formatMoney(revenue.amount, revenue.currency)} revenue` : 'no revenue yet')}
  ${kpi('Rewards pending', formatMoney(data.rewardsPending.amount, data.rewardsPending.currency), `${formatCount(data.funnel.rewardsApproved)} approved`)}
</section>
<section class="card" aria-labelledby="nps-title"><h2 id="nps-title">NPS over time</h2>
  <p class="sub">Weekly score (−100 to 100) and the share of promoters, passives and detractors.</p>
  <div class="scroll">${npsChart(data.npsWeeks)}</div>
  <div class="legend">${(['promoter', 'passive', 'detractor'] as const).map((s) => html`<span><i style="background:${SEGMENT_COLOURS[s]}"></i>${s === 'promoter' ? 'Promoters (9–10)' : s === 'passive' ? 'Passives (7–8)' : 'Detractors (0–6)'}</span>`)}</div>
</section>
<section class="card" aria-labelledby="comments-title"><h2 id="comments-title">Latest comments</h2>
  <p class="sub">What customers wrote with their score, newest first.</p>
  ${commentColumns(data.comments)}
</section>
<section class="card" aria-labelledby="funnel-title"><h2 id="funnel-title">Referral funnel</h2>
  <p class="sub">Impressions → shares by channel → clicks → claims → conversions → rewards.</p>
  <div class="scroll">${funnelSvg}</div><div>${channelLegend}</div>
</section>
<section class="card" aria-labelledby="advocates-title"><h2 id="advocates-title">Top advocates</h2>
  <p class="sub">Customers whose friends bought the most.</p>
  <div class="scroll">${advocateTable(data.advocates)}</div>
</section>
<section class="card" aria-labelledby="ab-title"><h2 id="ab-title">A/B results</h2>
  <p class="sub">Per campaign variant: the share of viewers who shared their link and who brought a paying friend, with 95 % Wilson intervals.</p>
  <div class="scroll">${variantTable(data.variants)}</div>
</section>
</main>
<footer>Generated ${data.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · the last ${data.weeks} weeks.</footer>
</body></html>`;
  return page.value;
}
