import type { Queryable } from '../db/database.js';

/** One queued or sent email, for the dashboard. */
export interface EmailSummary {
  id: string;
  flow: string;
  to: string;
  template: string;
  locale: string;
  basis: string;
  /** `queued`, `sent`, `bounced`, `suppressed`, or `failed` when its job was given up. */
  state: string;
  detail: string | null;
  subject: string | null;
  sendAt: Date;
  sentAt: Date | null;
}

/** The site's most recent emails, newest first, with the job's last error where it failed. */
export async function recentEmails(
  db: Queryable,
  siteKey: string,
  limit = 100,
): Promise<EmailSummary[]> {
  const rows = await db.query<{
    id: string;
    flow: string;
    to_address: string;
    template: string;
    locale: string;
    basis: string;
    state: string;
    skip_reason: string | null;
    smtp_response: string | null;
    subject: string | null;
    send_at: Date;
    sent_at: Date | null;
    failed_at: Date | null;
    last_error: string | null;
  }>(
    `select e.id::text as id, e.flow, e.to_address, e.template, e.locale, e.basis, e.state,
       e.skip_reason, e.smtp_response, e.subject, e.send_at, e.sent_at, j.failed_at, j.last_error
     from emails e left join jobs j on j.id = 'email.send:' || e.id::text
     where e.site_key = $1 order by e.created_at desc, e.id desc limit $2`,
    [siteKey, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    flow: row.flow,
    to: row.to_address,
    template: row.template,
    locale: row.locale,
    basis: row.basis,
    state: row.state === 'queued' && row.failed_at ? 'failed' : row.state,
    detail: row.skip_reason ?? row.smtp_response ?? row.last_error,
    subject: row.subject,
    sendAt: row.send_at,
    sentAt: row.sent_at,
  }));
}
