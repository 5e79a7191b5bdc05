/**
 * The mail layer's entry point for services.
 *
 * ```ts
 * const result = await enqueueEmail(tx, {
 *   siteKey, flow: 'reward-approved', dedupeKey: orderId, to: 'ana@example.com',
 *   locale: 'da', template: 'reward-approved', data: { … }, basis: 'transactional',
 *   sendAt, // optional: default now
 * }, ctx);
 * // { queued: true, emailId } | { queued: false, reason: 'duplicate' | 'suppressed' | 'no-basis' | 'disabled', emailId? }
 * ```
 *
 * - At most one email per (site, flow, dedupeKey): a unique index, so concurrent requests and
 *   several server processes on one PostgreSQL queue it once. Pass the natural key of what the
 *   email is about (order id, claim id, customer id + campaign).
 * - Call it inside the transaction that records the fact, so the email exists exactly when
 *   the fact does. The `email.send` job (leased with `FOR UPDATE SKIP LOCKED`, retried with
 *   backoff) renders and sends it at `sendAt`; suppression is checked again then.
 * - `data` is checked against the template's schema now: a bad payload throws
 *   {@link InvalidEmailData} at the caller, never in a job hours later.
 * - Consent: nothing is queued unless the site has `email.enabled` and a basis for the flow
 *   (`email.flows[flow]`); a `marketing` email needs the flow configured `marketing`, and a
 *   flow configured `marketing` is treated as marketing (a marketing unsubscribe stops it).
 */
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { GrapevineServerError } from '../errors.js';
import { enqueueJob } from '../jobs/queue.js';
import { resolveMailLocale } from './i18n/locales.js';
import { EMAIL_SEND_JOB, emailJobId } from './send-job-id.js';
import type { EmailBasis, EmailFlow } from './settings.js';
import { addressKey, isSuppressed } from './suppressions.js';
import {
  type MailTemplates,
  mailTemplates,
  type TemplateData,
  type TemplateId,
} from './templates/registry.js';

/** What {@link enqueueEmail} queues. */
export interface EmailRequest<T extends TemplateId = TemplateId> {
  siteKey: string;
  flow: EmailFlow;
  /** The natural key within the flow: an order id, a claim id, `customer:campaign`. */
  dedupeKey: string;
  /** The recipient's address as given (not a normalized fraud key). */
  to: string;
  /** A BCP 47 tag; the closest shipped locale is used, else English. */
  locale: string;
  template: T;
  data: TemplateData<T>;
  basis: EmailBasis;
  /** When to send (epoch ms). @default now */
  sendAt?: number;
}

/** Why an email was not queued. */
export type EmailSkipReason = 'duplicate' | 'suppressed' | 'no-basis' | 'disabled';

/** The outcome of {@link enqueueEmail}. */
export type EnqueueResult =
  | { queued: true; emailId: string }
  /** `emailId`: the email already queued for this key (`duplicate`). */
  | { queued: false; reason: EmailSkipReason; emailId?: string };

/** The email's data does not match its template's schema (a programming error). */
export class InvalidEmailData extends GrapevineServerError {
  override readonly name = 'InvalidEmailData' as const;
  constructor(
    readonly template: string,
    readonly problems: readonly string[],
  ) {
    super(`email template "${template}": ${problems.join('; ')}`);
  }
}

/** Whether a value is an {@link InvalidEmailData}. */
export function isInvalidEmailData(value: unknown): value is InvalidEmailData {
  return value instanceof InvalidEmailData;
}

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/**
 * Queues one email, at most once per (site, flow, dedupeKey), if the site's settings and the
 * suppression list allow it. See the module comment for the rules.
 * @throws InvalidEmailData when `data` does not fit the template, or `to` is not an address.
 */
export async function enqueueEmail<T extends TemplateId>(
  db: Queryable,
  request: EmailRequest<T>,
  ctx: Pick<ServerContext, 'sites' | 'clock'>,
): Promise<EnqueueResult> {
  const template = (mailTemplates as MailTemplates)[request.template];
  if (!template) throw new InvalidEmailData(request.template, ['no such template']);
  const parsed = template.schema.safeParse(request.data);
  if (!parsed.success) {
    throw new InvalidEmailData(
      request.template,
      parsed.error.issues.map((issue) => `data.${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const to = request.to.trim();
  if (!ADDRESS.test(to)) throw new InvalidEmailData(request.template, ['to: expected an address']);
  const site = ctx.sites.get(request.siteKey);
  const setting = site?.email?.flows[request.flow] ?? 'off';
  if (!site?.email?.enabled) return { queued: false, reason: 'disabled' };
  if (setting === 'off' || (request.basis === 'marketing' && setting !== 'marketing')) {
    return { queued: false, reason: 'no-basis' };
  }
  const basis: EmailBasis = setting === 'marketing' ? 'marketing' : request.basis;
  if (await isSuppressed(db, request.siteKey, to, basis)) {
    return { queued: false, reason: 'suppressed' };
  }
  const now = ctx.clock.now();
  const sendAt = request.sendAt ?? now;
  const rows = await db.query<{ id: string }>(
    `insert into emails (site_key, flow, dedupe_key, to_address, to_key, locale, template, data,
       basis, send_at, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9, $10, $11)
     on conflict (site_key, flow, dedupe_key) do nothing
     returning id::text as id`,
    [
      request.siteKey,
      request.flow,
      request.dedupeKey,
      to,
      addressKey(to),
      resolveMailLocale(request.locale),
      request.template,
      JSON.stringify(parsed.data),
      basis,
      new Date(sendAt),
      new Date(now),
    ],
  );
  const inserted = rows[0];
  if (!inserted) {
    const existing = await db.query<{ id: string }>(
      'select id::text as id from emails where site_key = $1 and flow = $2 and dedupe_key = $3',
      [request.siteKey, request.flow, request.dedupeKey],
    );
    const emailId = existing[0]?.id;
    return { queued: false, reason: 'duplicate', ...(emailId ? { emailId } : {}) };
  }
  await enqueueJob(
    db,
    {
      id: emailJobId(inserted.id),
      kind: EMAIL_SEND_JOB,
      siteKey: request.siteKey,
      payload: { emailId: inserted.id },
      runAt: sendAt,
    },
    now,
  );
  return { queued: true, emailId: inserted.id };
}
