import { formatCount, generatedAt } from '../admin/render/format.js';
import { html } from '../admin/render/html.js';
import { adminHref, adminPage } from '../admin/render/layout.js';
import type { PageBasics } from '../admin/site-scope.js';
import type { ChannelResult, EmailAskRow, SubjectResult } from './channel-queries.js';

/** Everything the Channels page shows. */
export interface ChannelsPageData extends PageBasics {
  weeks: number;
  results: readonly ChannelResult[];
  asks: readonly EmailAskRow[];
  subjects: readonly SubjectResult[];
  /** The customer the asks are filtered to, if any. */
  customer: string | undefined;
}

const LABEL = { popup: 'Pop-up', email: 'Email' } as const;
const DUE_FROM = {
  order: 'after the order',
  delivery: 'after the delivery',
  assumed: 'after the assumed delivery',
} as const;

/**
 * Results per channel (asked, clicked, answered, shares, conversions) and the email asks with
 * why each was or was not sent, for all customers or one.
 */
export function renderChannelsPage(data: ChannelsPageData): string {
  const count = (value: number | null) => (value === null ? '–' : formatCount(value));
  const results = data.results.map(
    (r) =>
      html`<tr><th scope="row">${LABEL[r.channel]}</th><td class="num">${count(r.asked)}</td><td class="num">${count(r.clicked)}</td><td class="num">${count(r.answered)}</td><td class="num">${count(r.shares)}</td><td class="num">${count(r.conversions)}</td></tr>`,
  );
  const asks = data.asks.map(
    (a) =>
      html`<tr><td><code>${a.orderId}</code></td><td><a href="${adminHref('channels', data.siteKey, { customer: a.customer })}">${a.customer}</a></td><td>${a.flow}</td><td>${a.status}${a.clickedAt ? ' · clicked' : ''}</td><td>${a.reason ? html`<code>${a.reason}</code>` : ''}</td><td>${a.detail ?? ''}</td><td>${a.deliveredAt ? generatedAt(a.deliveredAt) : 'not reported'}</td><td>${generatedAt(a.sendAfter)} <span class="sub">${DUE_FROM[a.basis]}</span></td><td>${a.decidedAt ? generatedAt(a.decidedAt) : '–'}</td></tr>`,
  );
  const subjects = data.subjects.map(
    (r) =>
      html`<tr><th scope="row">${r.variantId}</th><td class="num">${count(r.sent)}</td><td class="num">${count(r.clicked)}</td><td class="num">${count(r.claims)}</td><td class="num">${count(r.conversions)}</td></tr>`,
  );
  const main = html`<main>
<section class="card" aria-labelledby="channels-title"><h2 id="channels-title">Results per channel</h2>
  <p class="sub">The last ${data.weeks} weeks. Asked: NPS pop-ups shown, NPS emails sent. Clicked: emails with a score link clicked. Conversions: verified orders through links shared on the channel.</p>
  <div class="scroll"><table><thead><tr><th>Channel</th><th class="num">Asked</th><th class="num">Clicked</th><th class="num">Answered</th><th class="num">Shares</th><th class="num">Conversions</th></tr></thead><tbody>${results}</tbody></table></div>
</section>
<section class="card" aria-labelledby="subjects-title"><h2 id="subjects-title">Referral email subject lines</h2>
  <p class="sub">The A/B test of the referral email's subject (a: the double-sided offer, b: the personal favour), assigned per customer. Clicked, claims and conversions: friends through the emailed customers' links after the email.</p>
  ${data.subjects.length === 0 ? html`<p class="empty-note">No referral email sent yet.</p>` : html`<div class="scroll"><table><thead><tr><th>Subject</th><th class="num">Sent</th><th class="num">Clicked</th><th class="num">Claims</th><th class="num">Conversions</th></tr></thead><tbody>${subjects}</tbody></table></div>`}
</section>
<section class="card" aria-labelledby="asks-title"><h2 id="asks-title">Email asks${data.customer ? html` of <code>${data.customer}</code>` : ''}</h2>
  <p class="sub">Each order's survey email: sent, or skipped and why (the same rules and reason codes as the pop-ups, over the customer's ledger of every channel). Due: counted from the delivery its source reported, else from the delivery assumed after <code>assumeDeliveredAfter</code>, or from the order.${data.customer ? html` <a href="${adminHref('channels', data.siteKey)}">All customers</a>` : ''}</p>
  ${data.asks.length === 0 ? html`<p class="empty-note">No email ask yet.</p>` : html`<div class="scroll"><table><thead><tr><th>Order</th><th>Customer</th><th>Flow</th><th>Status</th><th>Reason</th><th>Explanation</th><th>Delivered</th><th>Due</th><th>Decided</th></tr></thead><tbody>${asks}</tbody></table></div>`}
</section>
</main>`;
  return adminPage(data, 'channels', 'Channels', main);
}
