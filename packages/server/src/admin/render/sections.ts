import { segment as segmentOf } from '@grapevine/core';
import type { NpsComment, TopAdvocate, VariantResult } from '../queries.js';
import { type RateInterval, wilson } from '../wilson.js';
import { formatCount, formatDate, formatMoney, formatPercent } from './format.js';
import { html, type SafeHtml } from './html.js';
import { SEGMENT_COLOURS } from './nps-chart.js';

const SEGMENTS = [
  ['promoter', 'Promoters'],
  ['passive', 'Passives'],
  ['detractor', 'Detractors'],
] as const;

/** A score badge coloured by its segment. */
export function scoreBadge(score: number): SafeHtml {
  return html`<span class="score" style="background:${SEGMENT_COLOURS[segmentOf(score)]}">${score}</span>`;
}

/** The latest comments, one column per segment. */
export function commentColumns(comments: readonly NpsComment[]): SafeHtml {
  const columns = SEGMENTS.map(([segment, title]) => {
    const mine = comments.filter((c) => c.segment === segment);
    return html`<section><h3><i style="background:${SEGMENT_COLOURS[segment]}"></i>${title}</h3>
      ${
        mine.length === 0
          ? html`<p class="empty-note">No comments yet.</p>`
          : html`<ul>${mine.map(
              (c) => html`<li><blockquote>${c.comment}</blockquote>
                <div class="meta">${scoreBadge(c.score)}<span>${formatDate(c.answered_at)}</span><span>${c.kind}</span></div></li>`,
            )}</ul>`
      }</section>`;
  });
  return html`<div class="comments">${columns}</div>`;
}

function intervalCell(interval: RateInterval | null, scaleMax: number, best: boolean): SafeHtml {
  if (!interval) return html`<span class="empty-note">–</span>`;
  const x = (v: number) => (4 + (v / scaleMax) * 102).toFixed(1);
  return html`<div class="interval">
    <span><b>${formatPercent(interval.rate)}</b> <small>${formatPercent(interval.low)}–${formatPercent(interval.high)}</small>${best ? html` <span class="best">▲ best</span>` : ''}</span>
    <svg viewBox="0 0 110 14" aria-hidden="true"><line x1="4" x2="106" y1="7" y2="7" stroke="#ece8f2" stroke-width="4" stroke-linecap="round"/>
    <line x1="${x(interval.low)}" x2="${x(interval.high)}" y1="7" y2="7" stroke="#b9a3ee" stroke-width="6" stroke-linecap="round"/>
    <circle cx="${x(interval.rate)}" cy="7" r="4" fill="#6d28d9"/></svg></div>`;
}

/**
 * A/B results: per campaign variant, viewers → sharers → conversions, each rate with its
 * 95 % Wilson interval. A variant is marked best only when its interval clears every other.
 */
export function variantTable(rows: readonly VariantResult[]): SafeHtml {
  if (rows.length === 0) return html`<p class="empty-note">No impressions recorded yet.</p>`;
  const shareRates = rows.map((r) => wilson(r.sharers, r.viewers));
  const convRates = rows.map((r) => wilson(r.conversions, r.viewers));
  const scale = (list: (RateInterval | null)[]) => Math.max(0.01, ...list.map((i) => i?.high ?? 0));
  const best = (list: (RateInterval | null)[], i: number) => {
    const mine = list[i];
    const campaign = rows[i]?.campaign_id;
    const rivals = list.filter((_, k) => k !== i && rows[k]?.campaign_id === campaign);
    return !!mine && rivals.length > 0 && rivals.every((other) => !other || mine.low > other.high);
  };
  const shareScale = scale(shareRates);
  const convScale = scale(convRates);
  return html`<table><thead><tr><th>Campaign</th><th>Variant</th><th class="num">Viewers</th><th class="num">Sharers</th>
    <th class="num">Share rate · 95 % CI</th><th class="num">Conversions</th><th class="num">Conversion rate · 95 % CI</th></tr></thead>
    <tbody>${rows.map(
      (r, i) => html`<tr><td>${r.campaign_id}</td><td><code>${r.variant_id}</code></td>
        <td class="num">${formatCount(r.viewers)}</td><td class="num">${formatCount(r.sharers)}</td>
        <td class="num">${intervalCell(shareRates[i] ?? null, shareScale, best(shareRates, i))}</td>
        <td class="num">${formatCount(r.conversions)}</td>
        <td class="num">${intervalCell(convRates[i] ?? null, convScale, best(convRates, i))}</td></tr>`,
    )}</tbody></table>`;
}

/** The advocates who brought the most customers. */
export function advocateTable(rows: readonly TopAdvocate[]): SafeHtml {
  if (rows.length === 0)
    return html`<p class="empty-note">No advocate has brought a friend yet.</p>`;
  return html`<table><thead><tr><th>#</th><th>Advocate</th><th>Code</th><th class="num">Clicks</th><th class="num">Claims</th>
    <th class="num">Conversions</th><th class="num">Rewards</th></tr></thead>
    <tbody>${rows.map(
      (
        r,
        i,
      ) => html`<tr><td>${i + 1}</td><td>${r.first_name ?? 'Anonymous'}${r.advocate_id ? html` <small class="muted">${r.advocate_id}</small>` : ''}</td>
        <td><code>${r.code}</code></td><td class="num">${formatCount(r.clicks)}</td><td class="num">${formatCount(r.claims)}</td>
        <td class="num">${formatCount(r.conversions)}</td><td class="num">${formatMoney(r.earned, r.currency)}</td></tr>`,
    )}</tbody></table>`;
}
