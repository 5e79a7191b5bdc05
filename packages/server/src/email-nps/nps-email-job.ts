import { parseConfig } from '@grapevine/core/schema';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { JobFailure } from '../jobs/errors.js';
import { enqueueJob } from '../jobs/queue.js';
import type { JobHandlers } from '../jobs/runner.js';
import type { EmailRequest } from '../mail/enqueue.js';
import { loadCampaigns } from '../services/campaigns.js';
import type { Site } from '../site.js';
import { surveyLocale } from './config.js';
import { customerLedger } from './customer-ledger.js';
import { decideEmailAsk } from './email-decision.js';
import { NPS_EMAIL_JOB } from './schedule.js';
import { signScoreToken } from './score-token.js';

/** The survey email as the mail layer's queue takes it (`enqueueEmail`). */
export type QueuedEmail = EmailRequest<'nps-survey'>;

/** The mail layer's answer: queued, or why not (suppressed, no basis, duplicate). */
export interface EnqueueOutcome {
  queued: boolean;
  reason?: string;
}

/** The port to the mail layer: queue one email inside the caller's transaction. */
export type EmailQueue = (tx: Queryable, email: QueuedEmail) => Promise<EnqueueOutcome>;

interface AskRow {
  campaign_id: string;
  customer: string;
  status: string;
  customer_id: string | null;
  to_address: string;
  visitor_id: string | null;
  order_status: string;
  total_minor: number;
  refunded_minor: number;
  created_at: Date;
}

/** The eleven score links of a survey email, 0 to 10. */
export function scoreLinks(
  baseUrl: string,
  secret: string,
  claim: { siteKey: string; orderId: string; campaignId: string; customer: string },
  expiresAt: number,
): { score: number; url: string }[] {
  const origin = baseUrl.replace(/\/+$/, '');
  return Array.from({ length: 11 }, (_, score) => ({
    score,
    url: `${origin}/email/nps/${signScoreToken(secret, { ...claim, score, expiresAt })}`,
  }));
}

/**
 * `email.nps`: when an order's survey is due, runs the core rules over the customer's ledger
 * (every channel) and either queues the email (recording an `impression` with origin `email`
 * in the same transaction, so the quiet period and frequency see it) or files why not. A gate
 * that opens later (quiet period, snooze) re-files the decision for then, while the order is
 * still `within` its window. The ask row's status moves once, so a rerun after a lost lease
 * queues nothing twice (and the mail layer's dedupe key is the order).
 */
export function npsEmailJobHandlers(
  ctx: ServerContext,
  queue: EmailQueue,
  baseUrl: string,
): JobHandlers {
  return {
    [NPS_EMAIL_JOB]: async (job) => {
      const site = ctx.sites.get(job.siteKey);
      const orderId = String(job.payload.orderId);
      if (!site?.npsEmail) {
        throw new JobFailure(`site "${job.siteKey}" has no npsEmail configured any more`, {
          permanent: true,
        });
      }
      return decideAndQueue(ctx, site, orderId, queue, baseUrl);
    },
  };
}

async function decideAndQueue(
  ctx: ServerContext,
  site: Site,
  orderId: string,
  queue: EmailQueue,
  baseUrl: string,
): Promise<Record<string, unknown>> {
  const email = site.npsEmail;
  if (!email) return { outcome: 'off' };
  const [ask] = await ctx.db.query<AskRow>(
    `select a.campaign_id, a.customer, a.status, o.customer_id, a.to_address, o.visitor_id,
       o.status as order_status, o.total_minor::float8 as total_minor,
       o.refunded_minor::float8 as refunded_minor, o.created_at
     from email_asks a join orders o on o.site_key = a.site_key and o.order_id = a.order_id
     where a.site_key = $1 and a.flow = 'nps' and a.order_id = $2`,
    [site.siteKey, orderId],
  );
  if (ask?.status !== 'scheduled') return { outcome: ask?.status ?? 'unknown-order' };
  const now = ctx.clock.now();
  if (ask.order_status === 'cancelled' || ask.refunded_minor >= ask.total_minor) {
    await settle(
      ctx.db,
      site,
      orderId,
      'skipped',
      'ORDER_REFUNDED',
      'the order was refunded or cancelled',
      now,
    );
    return { outcome: 'skipped', reason: 'ORDER_REFUNDED' };
  }
  const ledger = await customerLedger(ctx.db, {
    siteKey: site.siteKey,
    customerId: ask.customer_id,
    visitorIds: ask.visitor_id ? [ask.visitor_id] : [],
  });
  const { config } = parseConfig({ campaigns: await loadCampaigns(ctx.db, site.siteKey) });
  const askFrom = ask.created_at.getTime();
  const explanation = decideEmailAsk({
    config,
    email,
    orderId,
    askFrom,
    customer: ask.customer,
    customerId: ask.customer_id,
    locale: surveyLocale(site),
    ledger,
    now,
  });
  if (!explanation) {
    await settle(
      ctx.db,
      site,
      orderId,
      'skipped',
      'NO_CAMPAIGN',
      `no nps campaign "${email.campaignId}"`,
      now,
    );
    return { outcome: 'skipped', reason: 'NO_CAMPAIGN' };
  }
  if (!explanation.eligible) {
    const again = explanation.eligibleAt;
    if (again !== undefined && Number.isFinite(again) && again < askFrom + email.withinMs) {
      await enqueueJob(
        ctx.db,
        {
          id: `${NPS_EMAIL_JOB}:${site.siteKey}:${orderId}@${again}`,
          kind: NPS_EMAIL_JOB,
          siteKey: site.siteKey,
          payload: { orderId },
          runAt: again,
        },
        now,
      );
      await ctx.db.query(
        `update email_asks set reason = $3, detail = $4 where site_key = $1 and flow = 'nps' and order_id = $2`,
        [site.siteKey, orderId, explanation.reason ?? null, explanation.summary],
      );
      return { outcome: 'waiting', reason: explanation.reason, until: again };
    }
    await settle(
      ctx.db,
      site,
      orderId,
      'skipped',
      explanation.reason ?? 'NOT_ELIGIBLE',
      explanation.summary,
      now,
    );
    return { outcome: 'skipped', reason: explanation.reason };
  }
  const variantId = explanation.variantId;
  return ctx.db.transaction(async (tx) => {
    const moved = await tx.query(
      `update email_asks set status = 'sent', variant_id = $3, decided_at = $4, reason = null, detail = $5
       where site_key = $1 and flow = 'nps' and order_id = $2 and status = 'scheduled' returning order_id`,
      [site.siteKey, orderId, variantId, new Date(now), explanation.summary],
    );
    if (moved.length === 0) return { outcome: 'already-decided' };
    const claim = {
      siteKey: site.siteKey,
      orderId,
      campaignId: ask.campaign_id,
      customer: ask.customer,
    };
    const outcome = await queue(tx, {
      siteKey: site.siteKey,
      flow: 'nps',
      dedupeKey: orderId,
      to: ask.to_address,
      locale: surveyLocale(site),
      template: 'nps-survey',
      basis: 'marketing',
      data: {
        campaignId: ask.campaign_id,
        variantId,
        links: scoreLinks(baseUrl, site.secret, claim, now + email.linkValidMs),
      },
    });
    if (!outcome.queued) {
      await settle(
        tx,
        site,
        orderId,
        'skipped',
        outcome.reason ?? 'NOT_QUEUED',
        'the mail layer did not queue it',
        now,
      );
      return { outcome: 'skipped', reason: outcome.reason };
    }
    await recordEmailImpression(tx, site, {
      orderId,
      campaignId: ask.campaign_id,
      variantId,
      customerId: ask.customer_id,
      visitorId: ask.visitor_id,
      customer: ask.customer,
      now,
    });
    return { outcome: 'sent', variantId };
  });
}

async function settle(
  db: Queryable,
  site: Site,
  orderId: string,
  status: 'sent' | 'skipped',
  reason: string,
  detail: string,
  now: number,
): Promise<void> {
  await db.query(
    `update email_asks set status = $3, reason = $4, detail = $5, decided_at = $6
     where site_key = $1 and flow = 'nps' and order_id = $2`,
    [site.siteKey, orderId, status, reason, detail, new Date(now)],
  );
}

/**
 * The emailed survey as a ledger entry: an `impression` event with origin `email`, under the
 * customer id and the order's browser, so the pop-ups' quiet period and frequency count it.
 */
async function recordEmailImpression(
  tx: Queryable,
  site: Site,
  ask: {
    orderId: string;
    campaignId: string;
    variantId: string;
    customerId: string | null;
    visitorId: string | null;
    customer: string;
    now: number;
  },
): Promise<void> {
  const id = `email:nps:${ask.orderId}`;
  const visitorId = ask.visitorId ?? ask.customer;
  await tx.query(
    `insert into events (site_key, id, type, visitor_id, advocate_id, campaign_id, variant_id, occurred_at, received_at, payload, origin)
     values ($1, $2, 'impression', $3, $4, $5, $6, $7, $7, $8::text::jsonb, 'email')
     on conflict (site_key, id) do nothing`,
    [
      site.siteKey,
      id,
      visitorId,
      ask.customerId,
      ask.campaignId,
      ask.variantId,
      new Date(ask.now),
      JSON.stringify({
        id,
        type: 'impression',
        at: ask.now,
        visitorId,
        campaignId: ask.campaignId,
        variantId: ask.variantId,
        triggerKey: ask.orderId,
        channel: 'email',
        ...(ask.customerId === null ? {} : { advocateId: ask.customerId }),
      }),
    ],
  );
}
