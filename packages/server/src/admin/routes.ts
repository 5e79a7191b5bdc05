import { Hono } from 'hono';
import { DAY } from '../clock.js';
import type { ServerContext } from '../context.js';
import { channelRoutes } from '../email-nps/channel-routes.js';
import { errorResponse } from '../http/errors.js';
import type { CaughtMail } from '../mail/catcher.js';
import { majorSql } from '../money.js';
import { adminAuth } from './auth.js';
import { couponRoutes, uploadLimit } from './coupon-routes.js';
import { ADMIN_CSP } from './csp.js';
import { csrfProtection } from './csrf.js';
import type { AdminEnv } from './env.js';
import { conversionsCsv, npsCsv } from './exports.js';
import { mailRoutes } from './mail-routes.js';
import { funnel, latestComments, topAdvocates, variantResults, weeklyNps } from './queries.js';
import { renderDashboard } from './render/dashboard.js';
import { continuousWeeks } from './render/nps-chart.js';
import { heldCount } from './reward-queries.js';
import { rewardRoutes } from './reward-routes.js';
import { webhookRoutes } from './webhook-routes.js';

/** Monday 00:00 UTC of the week `weeksBack` weeks before the one containing `now`. */
export function weekStart(now: number, weeksBack: number): Date {
  const day = new Date(now);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(
    Date.UTC(
      day.getUTCFullYear(),
      day.getUTCMonth(),
      day.getUTCDate() - sinceMonday - weeksBack * 7,
    ),
  );
}

/**
 * The dashboard (`/admin`), its CSV exports and a small JSON metrics endpoint. `snippet`
 * gives the HTML that installs the widget for a site (shown on the overview when set);
 * `mailbox`, the demo's caught emails (the Mail tab).
 */
export function adminRoutes(
  ctx: ServerContext,
  adminToken: string,
  extras: {
    snippet?: (siteKey: string, requestUrl: string) => string;
    mailbox?: { readonly messages: readonly CaughtMail[] };
  } = {},
): Hono<AdminEnv> {
  const { snippet, mailbox } = extras;
  const router = new Hono<AdminEnv>();
  // The upload's size limit applies before anything reads its body (the CSRF check does).
  router.use('/coupons/upload', uploadLimit);
  router.use(adminAuth(adminToken), csrfProtection(adminToken));
  router.route('/coupons', couponRoutes(ctx));
  router.route('/rewards', rewardRoutes(ctx));
  router.route('/webhooks', webhookRoutes(ctx));
  router.route('/mail', mailRoutes(ctx, mailbox));
  router.route('/channels', channelRoutes(ctx, weekStart));
  const siteKeys = [...ctx.sites.keys()];

  const scope = (site: string | undefined, weeks: string | undefined) => {
    const siteKey = site ?? siteKeys[0] ?? '';
    if (!ctx.sites.has(siteKey)) return null;
    const parsed = Number(weeks ?? 12);
    const span = Number.isInteger(parsed) && parsed >= 1 && parsed <= 104 ? parsed : 12;
    return { siteKey, weeks: span, since: weekStart(ctx.clock.now(), span - 1) };
  };

  router.get('/', async (c) => {
    const s = scope(c.req.query('site'), c.req.query('weeks'));
    if (!s) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const [npsRows, comments, funnelData, variants, advocates, pending, toReview] =
      await Promise.all([
        weeklyNps(ctx.db, s.siteKey, s.since),
        latestComments(ctx.db, s.siteKey, 4),
        funnel(ctx.db, s.siteKey, s.since),
        variantResults(ctx.db, s.siteKey, s.since),
        topAdvocates(ctx.db, s.siteKey, 8),
        ctx.db.query<{ amount: number; currency: string | null }>(
          `select coalesce(sum(${majorSql('amount_minor', 'currency')}), 0)::float8 as amount, currency
         from rewards where site_key = $1 and state in ('pending', 'held')
         group by currency order by count(*) desc, currency limit 1`,
          [s.siteKey],
        ),
        heldCount(ctx.db, s.siteKey),
      ]);
    c.header('Content-Security-Policy', ADMIN_CSP);
    return c.html(
      renderDashboard({
        siteKey: s.siteKey,
        siteKeys,
        weeks: s.weeks,
        generatedAt: new Date(ctx.clock.now()),
        npsWeeks: continuousWeeks(npsRows, s.since, s.weeks),
        comments,
        funnel: funnelData,
        variants,
        advocates,
        rewardsPending: pending[0] ?? { amount: 0, currency: null },
        toReview,
        ...(snippet ? { snippet: snippet(s.siteKey, c.req.url) } : {}),
      }),
    );
  });

  const csv = (name: string, build: typeof npsCsv) =>
    router.get(`/${name}.csv`, async (c) => {
      const s = scope(c.req.query('site'), c.req.query('weeks') ?? '104');
      if (!s) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="${s.siteKey}-${name}.csv"`);
      return c.body(await build(ctx.db, s.siteKey, s.since));
    });
  csv('nps', npsCsv);
  csv('conversions', conversionsCsv);

  router.get('/metrics.json', async (c) => {
    const [counts] = await ctx.db.query<Record<string, number>>(
      `select (select count(*)::int from events) as events,
         (select count(*)::int from nps_answers) as "npsAnswers",
         (select count(*)::int from rewards) as conversions,
         (select count(*)::int from webhook_deliveries where delivered_at is null and failed_at is null) as "webhooksQueued"`,
    );
    const memory = process.memoryUsage();
    return c.json({
      database: ctx.db.kind,
      ...counts,
      memory: { rss: memory.rss, heapUsed: memory.heapUsed },
      uptimeSeconds: Math.round(process.uptime()),
      now: new Date(ctx.clock.now()).toISOString(),
      windowDays: {
        attribution: ctx.policy.attributionMs / DAY,
        returns: ctx.policy.returnWindowMs / DAY,
      },
    });
  });
  return router;
}
