import type { PageBasics } from '../site-scope.js';
import type { FailedWebhook } from '../webhook-queries.js';
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
  /** The id of the delivery just queued again, or false when it was not failed (any more). */
  requeued?: { id: string; ok: boolean } | undefined;
}

/** Outgoing webhooks: the queue, the given-up deliveries and a button to try each again. */
export function renderWebhooksPage(data: WebhooksPageData): string {
  const notice = data.requeued
    ? data.requeued.ok
      ? html`<p class="notice" role="status">Webhook <code>${data.requeued.id}</code> is queued again; the next delivery round posts it.</p>`
      : html`<p class="notice warn" role="status">Webhook <code>${data.requeued.id}</code> was not waiting for a redelivery (already queued or delivered).</p>`
    : '';
  const rows = data.failed.map(
    (
      w,
    ) => html`<tr><td><code>${w.type}</code></td><td><code>${w.id}</code></td><td>${generatedAt(w.failedAt)}</td>
      <td class="num">${formatCount(w.attempts)}</td><td class="error-text">${w.lastError ?? ''}</td>
      <td><form method="post" action="${ADMIN_BASE}/webhooks/${encodeURIComponent(w.id)}/redeliver">${formBasics(data.csrfToken, data.siteKey)}<button type="submit">Redeliver</button></form></td></tr>`,
  );
  const main = html`<main>
${notice}
<section class="card" aria-labelledby="webhooks-title"><h2 id="webhooks-title">Failed webhooks</h2>
  <p class="sub">${data.url ? html`Posted to <code>${data.url}</code>, signed, retried with backoff for about a day; these were given up. ${formatCount(data.queued)} waiting in the queue.` : 'This site has no webhook URL configured.'}</p>
  ${data.failed.length === 0 ? html`<p class="empty-note">No failed webhook.</p>` : html`<div class="scroll"><table><thead><tr><th>Type</th><th>Id</th><th>Given up</th><th class="num">Attempts</th><th>Last error</th><th></th></tr></thead><tbody>${rows}</tbody></table></div>`}
</section>
</main>`;
  return adminPage(data, 'webhooks', `Webhooks`, main);
}
