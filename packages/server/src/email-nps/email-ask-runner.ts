import type { CampaignKind } from '@grapevine/core';
import { parseConfig } from '@grapevine/core/schema';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { JobFailure } from '../jobs/errors.js';
import { enqueueJob } from '../jobs/queue.js';
import type { JobHandlers } from '../jobs/runner.js';
import type { EmailRequest } from '../mail/enqueue.js';
import type { MailLocale } from '../mail/i18n/locales.js';
import { loadCampaigns } from '../services/campaigns.js';
import type { Site } from '../site.js';
import { surveyLocale } from './config.js';
import { customerLedger } from './customer-ledger.js';
import { orderMailLocale } from './customer-locale.js';
import { decideEmailAsk } from './email-decision.js';
import type { AskFlowName, AskTiming } from './schedule.js';

/** The mail layer's answer: queued, or why not (suppressed, no basis, duplicate). */
export interface EnqueueOutcome {
  queued: boolean;
  reason?: string;
}

/** The port to the mail layer: queue one email inside the caller's transaction. */
export type EmailQueue = (tx: Queryable, email: EmailRequest) => Promise<EnqueueOutcome>;

/** An ask that is due, with its order. */
export interface DueAsk {
  orderId: string;
  campaignId: string;
  customer: string;
  customerId: string | null;
  toAddress: string;
  visitorId: string | null;
  createdAt: Date;
  /** The customer's language where a shipped locale serves it, else the site's survey locale. */
  locale: MailLocale;
}

/** One email flow run by the core rules: which campaign kind, its timing, what to send. */
export interface AskFlow {
  flow: AskFlowName;
  job: string;
  kind: CampaignKind;
  /** The site's settings for this flow; `undefined` when the site has it off. */
  timing(site: Site): AskTiming | undefined;
  /**
   * The email for an eligible ask (`variantId`: the campaign's sticky variant) and the
   * variant to file it under (the campaign's, or the email's own A/B variant).
   */
  compose(
    site: Site,
    ask: DueAsk,
    variantId: string,
    now: number,
  ): Promise<{ email: EmailRequest; variantId: string }>;
}

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
  ask_from: Date;
  send_after: Date;
  locale: string | null;
}

/**
 * The job of one flow: when an order's ask is due, runs the core rules over the customer's
 * ledger (every channel) and either queues the email (recording an `impression` with origin
 * `email` in the same transaction, so the quiet period and frequency see it) or files why
 * not. A gate that opens later (quiet period, snooze) re-files the decision for then, while
 * the order is still `within` its window. The ask's status moves once, so a rerun after a
 * lost lease queues nothing twice (and the mail layer's dedupe key is the order).
 */
export function askJobHandlers(ctx: ServerContext, flow: AskFlow, queue: EmailQueue): JobHandlers {
  return {
    [flow.job]: async (job) => {
      const site = ctx.sites.get(job.siteKey);
      if (!site || !flow.timing(site)) {
        throw new JobFailure(
          `site "${job.siteKey}" has no ${flow.flow} email configured any more`,
          {
            permanent: true,
          },
        );
      }
      return runAsk(ctx, site, flow, String(job.payload.orderId), queue);
    },
  };
}

async function runAsk(
  ctx: ServerContext,
  site: Site,
  flow: AskFlow,
  orderId: string,
  queue: EmailQueue,
): Promise<Record<string, unknown>> {
  const timing = flow.timing(site);
  if (!timing) return { outcome: 'off' };
  const [ask] = await ctx.db.query<AskRow>(
    `select a.campaign_id, a.customer, a.status, o.customer_id, a.to_address, o.visitor_id,
       o.status as order_status, o.total_minor::float8 as total_minor,
       o.refunded_minor::float8 as refunded_minor, o.created_at,
       coalesce(a.ask_from, o.created_at) as ask_from, a.send_after, o.locale
     from email_asks a join orders o on o.site_key = a.site_key and o.order_id = a.order_id
     where a.site_key = $1 and a.flow = $2 and a.order_id = $3`,
    [site.siteKey, flow.flow, orderId],
  );
  if (ask?.status !== 'scheduled') return { outcome: ask?.status ?? 'unknown-order' };
  const now = ctx.clock.now();
  // Retimed later by a reported delivery: the job filed then decides.
  if (ask.send_after.getTime() > now)
    return { outcome: 'not-due', until: ask.send_after.getTime() };
  const settle = (reason: string, detail: string) =>
    settleAsk(ctx.db, site, flow.flow, orderId, reason, detail, now).then(() => ({
      outcome: 'skipped',
      reason,
    }));
  if (ask.order_status === 'cancelled' || ask.refunded_minor >= ask.total_minor) {
    return settle('ORDER_REFUNDED', 'the order was refunded or cancelled');
  }
  const ledger = await customerLedger(ctx.db, {
    siteKey: site.siteKey,
    customerId: ask.customer_id,
    visitorIds: ask.visitor_id ? [ask.visitor_id] : [],
  });
  const { config } = parseConfig({ campaigns: await loadCampaigns(ctx.db, site.siteKey) });
  const askFrom = ask.ask_from.getTime();
  const locale = await orderMailLocale(
    ctx.db,
    site.siteKey,
    { orderId, visitorId: ask.visitor_id, locale: ask.locale },
    surveyLocale(site),
  );
  const explanation = decideEmailAsk({
    config,
    email: timing,
    kind: flow.kind,
    orderId,
    askFrom,
    customer: ask.customer,
    customerId: ask.customer_id,
    locale,
    ledger,
    now,
  });
  if (!explanation) return settle('NO_CAMPAIGN', `no ${flow.kind} campaign "${timing.campaignId}"`);
  if (!explanation.eligible) {
    const again = explanation.eligibleAt;
    if (again !== undefined && Number.isFinite(again) && again < askFrom + timing.withinMs) {
      await enqueueJob(
        ctx.db,
        {
          id: `${flow.job}:${site.siteKey}:${orderId}@${again}`,
          kind: flow.job,
          siteKey: site.siteKey,
          payload: { orderId },
          runAt: again,
        },
        now,
      );
      await ctx.db.query(
        'update email_asks set reason = $4, detail = $5 where site_key = $1 and flow = $2 and order_id = $3',
        [site.siteKey, flow.flow, orderId, explanation.reason ?? null, explanation.summary],
      );
      return { outcome: 'waiting', reason: explanation.reason, until: again };
    }
    return settle(explanation.reason ?? 'NOT_ELIGIBLE', explanation.summary);
  }
  const due: DueAsk = {
    orderId,
    campaignId: ask.campaign_id,
    customer: ask.customer,
    customerId: ask.customer_id,
    toAddress: ask.to_address,
    visitorId: ask.visitor_id,
    createdAt: ask.created_at,
    locale,
  };
  const { email, variantId } = await flow.compose(site, due, explanation.variantId, now);
  return ctx.db.transaction(async (tx) => {
    const moved = await tx.query(
      `update email_asks set status = 'sent', variant_id = $4, decided_at = $5, reason = null, detail = $6
       where site_key = $1 and flow = $2 and order_id = $3 and status = 'scheduled' and send_after <= $5
       returning order_id`,
      [site.siteKey, flow.flow, orderId, variantId, new Date(now), explanation.summary],
    );
    if (moved.length === 0) return { outcome: 'already-decided' };
    const outcome = await queue(tx, email);
    if (!outcome.queued) {
      await settleAsk(
        tx,
        site,
        flow.flow,
        orderId,
        outcome.reason ?? 'NOT_QUEUED',
        'the mail layer did not queue it',
        now,
      );
      return { outcome: 'skipped', reason: outcome.reason };
    }
    await recordEmailImpression(tx, site, flow.flow, due, explanation.variantId, now);
    return { outcome: 'sent', variantId };
  });
}

async function settleAsk(
  db: Queryable,
  site: Site,
  flow: AskFlowName,
  orderId: string,
  reason: string,
  detail: string,
  now: number,
): Promise<void> {
  await db.query(
    `update email_asks set status = 'skipped', reason = $4, detail = $5, decided_at = $6
     where site_key = $1 and flow = $2 and order_id = $3`,
    [site.siteKey, flow, orderId, reason, detail, new Date(now)],
  );
}

/**
 * The emailed ask as a ledger entry: an `impression` event with origin `email`, under the
 * customer id and the order's browser, so the pop-ups' quiet period and frequency count it.
 */
async function recordEmailImpression(
  tx: Queryable,
  site: Site,
  flow: AskFlowName,
  ask: DueAsk,
  variantId: string,
  now: number,
): Promise<void> {
  const id = `email:${flow}:${ask.orderId}`;
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
      variantId,
      new Date(now),
      JSON.stringify({
        id,
        type: 'impression',
        at: now,
        visitorId,
        campaignId: ask.campaignId,
        variantId,
        triggerKey: ask.orderId,
        channel: 'email',
        ...(ask.customerId === null ? {} : { advocateId: ask.customerId }),
      }),
    ],
  );
}
