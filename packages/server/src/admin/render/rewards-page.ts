import type { StateTotal } from '../reward-queries.js';
import {
  type AuditEntry,
  type HeldReward,
  REWARD_STATES,
  type RewardRow,
  type RewardState,
} from '../reward-views.js';
import type { PageBasics } from '../site-scope.js';
import { formatCount, formatMinorMoney } from './format.js';
import { html, type SafeHtml } from './html.js';
import { adminHref, adminPage } from './layout.js';
import { auditList, heldRewardCard, reviewQueue, rewardsTable, statePill } from './rewards.js';

/** The outcome of the last action, shown once above the page (from the redirect's query). */
export interface Notice {
  /** What the decision did: the state the reward is in now, or `not-held` if it did nothing. */
  kind: 'approved' | 'pending' | 'rejected' | 'not-held';
  orderId: string;
}

/** Everything the Rewards page shows, already queried. */
export interface RewardsPageData extends PageBasics {
  held: readonly HeldReward[];
  totals: readonly StateTotal[];
  rewards: readonly RewardRow[];
  /** The state the rewards table shows, or null for all. */
  filter: RewardState | null;
  recent: readonly AuditEntry[];
  notice?: Notice | undefined;
}

function noticeBanner(notice: Notice | undefined): SafeHtml | '' {
  if (!notice) return '';
  const order = html`The reward of order <code>${notice.orderId}</code>`;
  if (notice.kind === 'not-held')
    return html`<p class="notice warn" role="status">${order} is no longer held: someone decided already, or a refund voided it.</p>`;
  if (notice.kind === 'pending')
    return html`<p class="notice" role="status">${order} was approved; it is pending until its return window ends, then it is paid. The audit log has the entry.</p>`;
  return html`<p class="notice" role="status">${order} was ${notice.kind}. The audit log has the entry.</p>`;
}

function stateFilters(data: RewardsPageData): SafeHtml {
  const count = (state: RewardState) =>
    data.totals.filter((t) => t.state === state).reduce((sum, t) => sum + t.count, 0);
  const all = data.totals.reduce((sum, t) => sum + t.count, 0);
  const link = (state: RewardState | null, label: SafeHtml | string, n: number) =>
    html`<a class="button ${state === data.filter ? 'current' : ''}" href="${adminHref('rewards', data.siteKey, state ? { state } : {})}#rewards-title">${label} <b>${formatCount(n)}</b></a>`;
  return html`<nav class="filters" aria-label="Filter rewards by state">${link(null, 'All', all)}${REWARD_STATES.map((s) => link(s, statePill(s), count(s)))}</nav>`;
}

function totalsKpis(totals: readonly StateTotal[]): SafeHtml {
  const shown: RewardState[] = ['held', 'pending', 'approved', 'fulfilled'];
  return html`<section class="kpis" aria-label="Rewards by state">${shown.map((state) => {
    const rows = totals.filter((t) => t.state === state);
    const n = rows.reduce((sum, t) => sum + t.count, 0);
    const money = rows.map((t) => formatMinorMoney(t.amountMinor, t.currency)).join(' + ');
    return html`<div class="kpi"><div class="label">${state === 'held' ? 'To review' : `Rewards ${state}`}</div><div class="value">${formatCount(n)}</div><div class="note">${money || 'nothing'}</div></div>`;
  })}</section>`;
}

/** The Rewards page: the review queue, every reward with its state, the recent actions. */
export function renderRewardsPage(data: RewardsPageData): string {
  const main = html`<main>
${noticeBanner(data.notice)}
${totalsKpis(data.totals)}
<section class="card" aria-labelledby="queue-title"><h2 id="queue-title">Review queue</h2>
  <p class="sub">Rewards held for a person: approve to pay the advocate, or reject with a reason. Each decision goes into the audit log.</p>
  ${reviewQueue(data.held, data.csrfToken, data.siteKey)}
</section>
<section class="card" aria-labelledby="rewards-title"><h2 id="rewards-title">Rewards</h2>
  <p class="sub">One per verified order: pending during the return window, then approved and fulfilled; voided or reversed by refunds.</p>
  ${stateFilters(data)}
  <div class="scroll">${rewardsTable(data.rewards, data.siteKey)}</div>
</section>
<section class="card" aria-labelledby="audit-title"><h2 id="audit-title">Recent actions</h2>
  <p class="sub">The audit log: every transition of every reward, who made it and why.</p>
  ${auditList(data.recent, true)}
</section>
</main>`;
  return adminPage(data, 'rewards', `Rewards`, main);
}

/** One reward: its evidence, the decision if it is held, and its whole audit trail. */
export function renderRewardPage(
  data: PageBasics & {
    reward: HeldReward;
    audit: readonly AuditEntry[];
  },
): string {
  const { reward } = data;
  const main = html`<main>
<section class="card" aria-labelledby="reward-title"><h2 id="reward-title">Reward for order <code>${reward.orderId}</code> ${statePill(reward.state)}</h2>
  <p class="sub">${formatMinorMoney(reward.amountMinor, reward.currency)} · <a href="${adminHref('rewards', data.siteKey)}">all rewards</a></p>
  ${heldRewardCard(reward, data.csrfToken, data.siteKey, reward.state === 'held')}
</section>
<section class="card" aria-labelledby="history-title"><h2 id="history-title">History</h2>
  ${auditList(data.audit, false)}
</section>
</main>`;
  return adminPage(data, 'rewards', `Reward ${reward.orderId}`, main);
}
