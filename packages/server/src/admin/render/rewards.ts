import type {
  AuditEntry,
  HeldReward,
  RewardRow,
  RewardSignal,
  RewardState,
} from '../reward-views.js';
import { formatDate, formatMinorMoney, generatedAt, maskEmail } from './format.js';
import { html, type SafeHtml } from './html.js';
import { ADMIN_BASE, adminHref } from './layout.js';

/** What each fraud signal means, in the words a shop uses. Unknown codes show as they are. */
const SIGNAL_LABELS: Record<string, string> = {
  'same-ip': 'Same IP address as the advocate',
  'same-device': 'Same device (browser) as the advocate',
  velocity: 'Many conversions in a short time',
  'advocate-cap': 'Over the per-advocate cap',
  'above-review-threshold': 'Above the review threshold',
  'limit-in-other-currency': 'A limit is set in another currency',
  'unverified-browser-purchase': 'Credited from a browser report, before orders were verified',
};

/** A state as a coloured pill. */
export function statePill(state: RewardState): SafeHtml {
  return html`<span class="state ${state}">${state}</span>`;
}

function signalList(signals: readonly RewardSignal[]): SafeHtml {
  if (signals.length === 0)
    return html`<ul class="signals"><li class="signal none">No signal recorded</li></ul>`;
  return html`<ul class="signals">${signals.map(
    (s) =>
      html`<li class="signal">${SIGNAL_LABELS[s.code] ?? s.code}${s.detail ? html`: ${s.detail}` : ''}</li>`,
  )}</ul>`;
}

/** The hidden fields every dashboard form carries. */
export function formBasics(csrfToken: string, siteKey: string): SafeHtml {
  return html`<input type="hidden" name="csrf" value="${csrfToken}"><input type="hidden" name="site" value="${siteKey}">`;
}

/** Approve and Reject (with a required reason) for one held reward. */
function decisionForms(reward: HeldReward, csrfToken: string, siteKey: string): SafeHtml {
  const action = (verb: string) => `${ADMIN_BASE}/rewards/${encodeURIComponent(reward.id)}/${verb}`;
  return html`<div class="actions">
    <form method="post" action="${action('approve')}">${formBasics(csrfToken, siteKey)}
      <button type="submit">Approve ${formatMinorMoney(reward.amountMinor, reward.currency)}</button></form>
    <form method="post" action="${action('reject')}">${formBasics(csrfToken, siteKey)}
      <label class="field">Reason for rejecting<input type="text" name="reason" required maxlength="500" placeholder="e.g. the friend is the advocate"></label>
      <button type="submit" class="secondary">Reject</button></form>
  </div>`;
}

/** One held reward: the order, the friend, the advocate, the signals, and the decision. */
export function heldRewardCard(
  reward: HeldReward,
  csrfToken: string,
  siteKey: string,
  decide = true,
): SafeHtml {
  return html`<article class="held-card" aria-labelledby="held-${reward.id}">
    <h3 id="held-${reward.id}">${formatMinorMoney(reward.amountMinor, reward.currency)} for ${reward.advocateName ?? 'an anonymous advocate'}
      ${statePill(reward.state)} <a class="muted" href="${adminHref(`rewards/${encodeURIComponent(reward.id)}`, siteKey)}">details and history</a></h3>
    <dl class="evidence">
      <div><dt>Order</dt><dd><code>${reward.orderId}</code> · ${formatMinorMoney(reward.orderTotalMinor, reward.orderCurrency)} verified</dd></div>
      <div><dt>Confirmed by</dt><dd>${reward.source} · ${formatDate(reward.createdAt)}</dd></div>
      <div><dt>Codes used</dt><dd>${reward.discountCodes.length ? reward.discountCodes.map((code, i) => html`${i ? ', ' : ''}<code>${code}</code>`) : html`<span class="muted">none</span>`}</dd></div>
      <div><dt>Friend</dt><dd>${reward.friendEmail ? maskEmail(reward.friendEmail) : html`<span class="muted">no email</span>`}${reward.friendVisitorId ? html` <small class="muted">visitor ${reward.friendVisitorId}</small>` : ''}</dd></div>
      <div><dt>Advocate</dt><dd>${reward.advocateName ?? 'Anonymous'} <code>${reward.code}</code>${reward.advocateEmail ? html` <small class="muted">${maskEmail(reward.advocateEmail)}</small>` : ''}${reward.advocateId ? html` <small class="muted">${reward.advocateId}</small>` : ''}</dd></div>
    </dl>
    <div><div class="muted">${reward.state === 'held' ? 'Why it waits for you' : 'Signals recorded'}</div>${signalList(reward.signals)}</div>
    ${decide ? decisionForms(reward, csrfToken, siteKey) : ''}
  </article>`;
}

/** The review queue: every held reward, oldest first. */
export function reviewQueue(
  rewards: readonly HeldReward[],
  csrfToken: string,
  siteKey: string,
): SafeHtml {
  if (rewards.length === 0)
    return html`<p class="empty-note">Nothing to review: no reward is held.</p>`;
  return html`<div class="review">${rewards.map((r) => heldRewardCard(r, csrfToken, siteKey))}</div>`;
}

/** Every reward with its state, amount and dates. */
export function rewardsTable(rows: readonly RewardRow[], siteKey: string): SafeHtml {
  if (rows.length === 0) return html`<p class="empty-note">No reward in this state yet.</p>`;
  return html`<table><thead><tr><th>State</th><th class="num">Reward</th><th>Advocate</th><th>Order</th><th class="num">Verified total</th>
    <th>Source</th><th>Created</th><th>Approves</th><th>Last change</th></tr></thead>
    <tbody>${rows.map(
      (
        r,
      ) => html`<tr><td>${statePill(r.state)}</td><td class="num">${formatMinorMoney(r.amountMinor, r.currency)}</td>
        <td>${r.advocateName ?? 'Anonymous'} <code>${r.code}</code></td>
        <td><a href="${adminHref(`rewards/${encodeURIComponent(r.id)}`, siteKey)}"><code>${r.orderId}</code></a></td>
        <td class="num">${formatMinorMoney(r.orderTotalMinor, r.orderCurrency)}</td><td>${r.source}</td>
        <td>${formatDate(r.createdAt)}</td><td>${r.state === 'pending' && r.approvesAt ? formatDate(r.approvesAt) : html`<span class="muted">–</span>`}</td>
        <td>${formatDate(r.updatedAt)}</td></tr>`,
    )}</tbody></table>`;
}

/** Audit lines, newest first; `withOrder` names the order of each (the recent-actions list). */
export function auditList(entries: readonly AuditEntry[], withOrder: boolean): SafeHtml {
  if (entries.length === 0) return html`<p class="empty-note">No action recorded yet.</p>`;
  return html`<ol class="audit">${entries.map(
    (e) => html`<li><time datetime="${e.at.toISOString()}">${generatedAt(e.at)}</time>
      ${e.fromState ? html`${statePill(e.fromState)} → ` : ''}${statePill(e.toState)}
      <span>by <b>${e.actor}</b></span>${withOrder ? html`<span class="muted">order <code>${e.orderId}</code></span>` : ''}
      ${e.reason ? html`<span>“${e.reason}”</span>` : ''}</li>`,
  )}</ol>`;
}
