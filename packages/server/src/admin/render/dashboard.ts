import type { Funnel, NpsComment, NpsWeek, TopAdvocate, VariantResult } from '../queries.js';
import { formatCount, formatMoney, formatPercent, generatedAt } from './format.js';
import { funnelChart } from './funnel-chart.js';
import { html } from './html.js';
import { adminHref, layout } from './layout.js';
import { npsChart, SEGMENT_COLOURS, scoreOf, sumWeeks } from './nps-chart.js';
import { advocateTable, commentColumns, variantTable } from './sections.js';

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
  /** Held rewards waiting for a person (a badge on the Rewards tab). */
  toReview?: number;
  /** The HTML that installs the widget from this server (shown as text to copy). */
  snippet?: string;
}

/** Renders the dashboard as one self-contained HTML page (inline CSS and SVG, no script). */
export function renderDashboard(data: DashboardData): string {
  const recent = scoreOf(sumWeeks(data.npsWeeks.slice(-4)));
  const totals = sumWeeks(data.npsWeeks);
  const answers = totals.promoters + totals.passives + totals.detractors;
  const score = scoreOf(totals);
  const revenue = data.funnel.revenue[0];
  const { chart: funnelSvg, legend: channelLegend } = funnelChart(data.funnel);
  const kpi = (label: string, value: string, note: string, cls = '') =>
    html`<div class="kpi ${cls}"><div class="label">${label}</div><div class="value">${value}</div><div class="note">${note}</div></div>`;
  const controls = html`${[4, 12, 26, 52].map((w) => html`<a class="button ${w === data.weeks ? 'current' : ''}" href="${adminHref('', data.siteKey, { weeks: w })}">${w} weeks</a>`)}
  <a class="button" href="${adminHref('nps.csv', data.siteKey, { weeks: data.weeks })}" download>⤓ NPS answers CSV</a>
  <a class="button" href="${adminHref('conversions.csv', data.siteKey, { weeks: data.weeks })}" download>⤓ Conversions CSV</a>`;
  const main = html`<main>
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
${
  data.snippet
    ? html`<section class="card" aria-labelledby="install-title"><h2 id="install-title">Install the widget</h2>
  <p class="sub">Paste this into the <code>&lt;head&gt;</code> of your shop's pages. The script comes from this server with its integrity hash; it changes when the server is upgraded.</p>
  <pre class="snippet"><code>${data.snippet}</code></pre>
</section>`
    : ''
}
</main>`;
  return layout(
    {
      siteKey: data.siteKey,
      siteKeys: data.siteKeys,
      current: 'overview',
      ...(data.toReview === undefined ? {} : { toReview: data.toReview }),
      controls,
      footer: `Generated ${generatedAt(data.generatedAt)} · the last ${data.weeks} weeks.`,
    },
    `Grapevine · ${data.siteKey}`,
    main,
  );
}
