import type { CaughtMail } from '../../mail/catcher.js';
import type { EmailSummary } from '../../mail/queries.js';
import type { Suppression } from '../../mail/suppressions.js';
import type { PageBasics } from '../site-scope.js';
import { generatedAt } from './format.js';
import { html, type SafeHtml } from './html.js';
import { ADMIN_BASE, adminHref, adminPage } from './layout.js';
import { formBasics } from './rewards.js';

/** Everything the Mail page shows. */
export interface MailPageData extends PageBasics {
  enabled: boolean;
  emails: readonly EmailSummary[];
  suppressions: readonly Suppression[];
  /** The demo's caught messages, newest first (demo mode only). */
  caught?: readonly CaughtMail[] | undefined;
  notice?: string | undefined;
}

function emailsTable(emails: readonly EmailSummary[]): SafeHtml {
  if (emails.length === 0) return html`<p class="empty-note">No email queued yet.</p>`;
  const rows = emails.map(
    (
      e,
    ) => html`<tr><td><span class="state ${e.state}">${e.state}</span></td><td><code>${e.flow}</code></td>
<td>${e.to}</td><td>${e.subject ?? ''}</td><td>${e.locale}</td><td>${e.basis}</td>
<td>${generatedAt(e.sentAt ?? e.sendAt)}</td><td class="error-text">${e.state === 'sent' ? '' : (e.detail ?? '')}</td></tr>`,
  );
  return html`<div class="scroll"><table><thead><tr><th>State</th><th>Flow</th><th>To</th><th>Subject</th><th>Locale</th><th>Basis</th><th>Sent / due</th><th>Detail</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function suppressionSection(data: MailPageData): SafeHtml {
  const rows = data.suppressions.map(
    (
      s,
    ) => html`<tr><td>${s.address}</td><td>${s.scope === 'all' ? 'all email' : 'marketing'}</td><td>${s.reason}</td>
<td class="error-text">${s.detail ?? ''}</td><td>${generatedAt(s.createdAt)}</td>
<td><form method="post" action="${ADMIN_BASE}/mail/suppressions/remove">${formBasics(data.csrfToken, data.siteKey)}<input type="hidden" name="address" value="${s.address}"><button type="submit" class="secondary">Remove</button></form></td></tr>`,
  );
  return html`<section class="card" aria-labelledby="suppressions-title"><h2 id="suppressions-title">Suppression list</h2>
<p class="sub">Addresses that unsubscribed, bounced or were added here get no email of that kind from this site. Removing one is your decision: only do it when the person asked.</p>
<form method="post" action="${ADMIN_BASE}/mail/suppressions/add" class="filters">${formBasics(data.csrfToken, data.siteKey)}
<label class="field">Address<input type="email" name="address" required maxlength="320" autocomplete="off"></label>
<label class="field">Stops<select name="scope"><option value="all">all email</option><option value="marketing">marketing only</option></select></label>
<button type="submit">Add</button></form>
${data.suppressions.length === 0 ? html`<p class="empty-note">No suppressed address.</p>` : html`<div class="scroll"><table><thead><tr><th>Address</th><th>Stops</th><th>Why</th><th>Detail</th><th>Since</th><th></th></tr></thead><tbody>${rows}</tbody></table></div>`}
</section>`;
}

function caughtSection(data: MailPageData, caught: readonly CaughtMail[]): SafeHtml {
  const rows = caught.map(
    (m) => html`<tr><td>${generatedAt(m.receivedAt)}</td><td>${m.envelope.to.join(', ')}</td>
<td><a href="${adminHref(`mail/caught/${m.id}`, data.siteKey)}">${m.subject || '(no subject)'}</a></td></tr>`,
  );
  return html`<section class="card" aria-labelledby="caught-title"><h2 id="caught-title">Demo mailbox</h2>
<p class="sub">The demo's SMTP listener keeps every message the server sent (in memory, until the demo stops).</p>
${caught.length === 0 ? html`<p class="empty-note">Nothing received yet: claim a friend's offer, buy with a code, or move the clock.</p>` : html`<div class="scroll"><table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table></div>`}
</section>`;
}

/** The Mail tab: the demo mailbox (demo only), recent emails, the suppression list. */
export function renderMailPage(data: MailPageData): string {
  const main = html`<main>
${data.notice ? html`<p class="notice" role="status">${data.notice}</p>` : ''}
${data.caught ? caughtSection(data, data.caught) : ''}
<section class="card" aria-labelledby="emails-title"><h2 id="emails-title">Recent emails</h2>
<p class="sub">${data.enabled ? 'Queued by the notices and campaigns, sent by the job queue; at most one per flow and order or customer.' : 'Email is off for this site (email.enabled in the site config).'}</p>
${emailsTable(data.emails)}</section>
${suppressionSection(data)}
</main>`;
  return adminPage(data, 'mail', 'Mail', main);
}

/** One caught message: headers, the text part, and the HTML part in a sandboxed frame. */
export function renderCaughtMail(data: PageBasics, mail: CaughtMail): string {
  const headers = [...mail.headers].map(
    ([name, value]) => html`<tr><th scope="row">${name}</th><td>${value}</td></tr>`,
  );
  const main = html`<main>
<p><a href="${adminHref('mail', data.siteKey)}">← Mail</a></p>
<section class="card" aria-labelledby="mail-title"><h2 id="mail-title">${mail.subject || '(no subject)'}</h2>
<p class="sub">To ${mail.envelope.to.join(', ')} · received ${generatedAt(mail.receivedAt)}</p>
<iframe title="HTML part of the email" sandbox="" srcdoc="${mail.html}" style="width:100%;max-width:640px;height:720px;border:1px solid #e5e7eb;border-radius:8px;background:#fff"></iframe>
</section>
<section class="card" aria-labelledby="text-title"><h2 id="text-title">Text part</h2><pre style="white-space:pre-wrap">${mail.text}</pre></section>
<section class="card" aria-labelledby="headers-title"><h2 id="headers-title">Headers</h2><div class="scroll"><table><tbody>${headers}</tbody></table></div></section>
</main>`;
  return adminPage(data, 'mail', mail.subject || 'Mail', main);
}
