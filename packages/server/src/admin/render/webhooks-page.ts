import type { PageBasics } from '../site-scope.js';
import type { FailedWebhook, Redelivery } from '../webhook-queries.js';
import { formatCount, generatedAt } from './format.js';
import { html } from './html.js';
import { ADMIN_BASE, adminPage } from './layout.js';
import { formBasics } from './rewards.js';

/** Everything the Webhooks page shows. */
export interface WebhooksPageData extends PageBasics {
  /** Where this site's webhooks go, if anywhere. */
  url: string | null;
  queued: number;
  failed: readonly FailedWebhook[];
  /** All given-up deliveries, also those beyond the listed ones. */
  failedTotal: number;
  /** The latest redeliveries (the audit), with each delivery's state now. */
  redeliveries: readonly Redelivery[];
  /** The id of the delivery just queued again, or false when it was not failed (any more). */
  requeued?: { id: string; ok: boolean } | undefined;
  /** How many deliveries "redeliver all since" just queued again. */
  requeuedCount?: number | undefined;
}

const STATE_LABEL = { delivered: 'Delivered', queued: 'Queued', failed: 'Given up again' };

function notice(data: WebhooksPageData) {
  if (data.requeuedCount !== undefined) {
    const what = data.requeuedCount === 1 ? 'given-up webhook is' : 'given-up webhooks are';
    return html`<p class="notice" role="status">${formatCount(data.requeuedCount)} ${what} queued again; the next delivery round posts them.</p>`;
  }
  if (!data.requeued) return '';
  return data.requeued.ok
    ? html`<p class="notice" role="status">Webhook <code>${data.requeued.id}</code> is queued again; the next delivery round posts it.</p>`
    : html`<p class="notice warn" role="status">Webhook <code>${data.requeued.id}</code> was not waiting for a redelivery (already queued or delivered).</p>`;
}

function redeliveriesSection(data: WebhooksPageData) {
  const rows = data.redeliveries.map(
    (
      r,
    ) => html`<tr><td>${generatedAt(r.at)}</td><td>${r.actor}</td><td><code>${r.type ?? ''}</code></td><td><code>${r.deliveryId}</code></td>
      <td class="num">${formatCount(r.previousAttempts)}</td><td class="error-text">${r.previousError ?? ''}</td><td>${STATE_LABEL[r.state]}</td></tr>`,
  );
  return html`<section class="card" aria-labelledby="redeliveries-title"><h2 id="redeliveries-title">Redeliveries</h2>
  <p class="sub">Who queued a given-up webhook again, and what became of it.</p>
  ${data.redeliveries.length === 0 ? html`<p class="empty-note">No redelivery yet.</p>` : html`<div class="scroll"><table><thead><tr><th>When</th><th>By</th><th>Type</th><th>Id</th><th class="num">Attempts before</th><th>Error before</th><th>Now</th></tr></thead><tbody>${rows}</tbody></table></div>`}
</section>`;
}

/** Outgoing webhooks: the queue, the given-up deliveries, redelivery (one or all since a time) and its audit. */
export function renderWebhooksPage(data: WebhooksPageData): string {
  const rows = data.failed.map(
    (
      w,
    ) => html`<tr><td><code>${w.type}</code></td><td><code>${w.id}</code></td><td>${generatedAt(w.failedAt)}</td>
      <td class="num">${formatCount(w.attempts)}</td><td class="error-text">${w.lastError ?? ''}</td>
      <td><form method="post" action="${ADMIN_BASE}/webhooks/${encodeURIComponent(w.id)}/redeliver">${formBasics(data.csrfToken, data.siteKey)}<button type="submit">Redeliver</button></form></td></tr>`,
  );
  const more =
    data.failedTotal > data.failed.length
      ? html`<p class="sub">Showing the latest ${formatCount(data.failed.length)} of ${formatCount(data.failedTotal)}.</p>`
      : '';
  const since = new Date(data.generatedAt.getTime() - 86_400_000).toISOString().slice(0, 16);
  const all =
    data.failedTotal === 0
      ? ''
      : html`<div class="actions"><form method="post" action="${ADMIN_BASE}/webhooks/redeliver">${formBasics(data.csrfToken, data.siteKey)}
  <label class="field">Given up since (UTC)<input type="datetime-local" name="since" value="${since}" required></label>
  <button type="submit">Redeliver all</button></form></div>`;
  const main = html`<main>
${notice(data)}
<section class="card" aria-labelledby="webhooks-title"><h2 id="webhooks-title">Failed webhooks</h2>
  <p class="sub">${data.url ? html`Posted to <code>${data.url}</code>, signed, retried with backoff for about a day; these were given up. ${formatCount(data.queued)} waiting in the queue.` : 'This site has no webhook URL configured.'}</p>
  ${all}
  ${data.failed.length === 0 ? html`<p class="empty-note">No failed webhook.</p>` : html`${more}<div class="scroll"><table><thead><tr><th>Type</th><th>Id</th><th>Given up</th><th class="num">Attempts</th><th>Last error</th><th></th></tr></thead><tbody>${rows}</tbody></table></div>`}
</section>
${redeliveriesSection(data)}
</main>`;
  return adminPage(data, 'webhooks', `Webhooks`, main);
}
