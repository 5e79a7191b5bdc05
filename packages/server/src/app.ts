import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { POOL_UPLOAD_PATH } from './admin/coupon-routes.js';
import { adminRoutes } from './admin/routes.js';
import { type Clock, DAY, MINUTE, offsetClock, systemClock } from './clock.js';
import type { ServerContext } from './context.js';
import { couponAdminRoutes } from './coupons/admin-routes.js';
import type { Database } from './db/database.js';
import { hostedSurveyRoutes } from './email-nps/hosted-routes.js';
import { npsEmailJobHandlers } from './email-nps/nps-email-job.js';
import { referralEmailJobHandlers } from './email-nps/referral-email.js';
import { clientIpMiddleware } from './http/client-ip.js';
import { corsMiddleware } from './http/cors.js';
import type { AppEnv } from './http/env.js';
import { errorHandler, errorResponse } from './http/errors.js';
import { perIpRateLimit } from './http/rate-limit.js';
import { siteKeyMiddleware } from './http/site-key.js';
import { jobHandlers } from './jobs/handlers.js';
import { type Logger, silentLogger } from './logger.js';
import { enqueueEmail } from './mail/enqueue.js';
import type { MailOptions } from './mail/options.js';
import { mailJobHandlers } from './mail/send-job.js';
import { slackJobHandlers } from './mail/slack.js';
import { unsubscribeRoutes } from './mail/unsubscribe-routes.js';
import { couponRoutes } from './routes/coupons.js';
import { demoRoutes } from './routes/demo.js';
import { orderRoutes } from './routes/orders.js';
import { platformWebhookRoutes } from './routes/platform-webhooks.js';
import { v1Routes } from './routes/v1.js';
import { rateLimiter } from './security/rate-limiter.js';
import type { Site } from './site.js';
import { runTick, type TickReport } from './tick.js';

/** Everything {@link createApp} needs; only `db`, `sites` and `adminToken` are required. */
export interface AppOptions {
  db: Database;
  sites: readonly Site[];
  /** Protects `/admin`. */
  adminToken: string;
  /** @default systemClock */
  clock?: Clock;
  /** @default silentLogger */
  logger?: Logger;
  /** Used to post webhooks. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** @default 65536 */
  bodyLimitBytes?: number;
  /** Requests per minute per client address on `/v1`, and separately on `/admin`. @default 600 */
  rateLimitPerIp?: number;
  /** Requests per minute per signed advocate. @default 30 */
  rateLimitPerAdvocate?: number;
  /** @default 30 */
  attributionDays?: number;
  /** @default 14 */
  returnWindowDays?: number;
  /** Read the client address from `X-Forwarded-For`. @default false */
  trustProxy?: boolean;
  /** Enables `/demo/clock` and `/demo/sign`. Never in production. @default false */
  demo?: boolean;
  /** Sends queued emails (SMTP transport, sender, public URL). @default none: emails stay queued */
  mail?: MailOptions;
}

/** A running application: the Hono app plus the background work it owns. */
export interface GrapevineApp {
  app: Hono<AppEnv>;
  ctx: ServerContext;
  /** Approves due rewards and delivers due webhooks once (the job loop calls it). */
  tick(): Promise<TickReport>;
}

/**
 * Builds the server: contract v1 under `/v1`, the dashboard under `/admin`, and in demo mode
 * `/demo`. No I/O happens until a request arrives.
 * @example const { app } = createApp({ db, sites, adminToken });
 */
export function createApp(options: AppOptions): GrapevineApp {
  const demoClock = options.demo ? offsetClock(options.clock ?? systemClock) : undefined;
  const clock = demoClock ?? options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const sites = new Map(options.sites.map((site) => [site.siteKey, site]));
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const ctx: ServerContext = {
    db: options.db,
    clock,
    logger,
    sites,
    policy: {
      attributionMs: (options.attributionDays ?? 30) * DAY,
      returnWindowMs: (options.returnWindowDays ?? 14) * DAY,
    },
  };
  const handlers = {
    ...jobHandlers(ctx, fetchImpl),
    ...mailJobHandlers(ctx, options.mail),
    ...slackJobHandlers(ctx, fetchImpl),
    ...(options.mail
      ? npsEmailJobHandlers(
          ctx,
          (tx, email) => enqueueEmail(tx, email, ctx),
          options.mail.publicUrl,
        )
      : {}),
    ...(options.mail
      ? referralEmailJobHandlers(ctx, (tx, email) => enqueueEmail(tx, email, ctx))
      : {}),
  };
  const tick = () => runTick(ctx, fetchImpl, handlers);

  const app = new Hono<AppEnv>();
  app.onError(errorHandler(logger));
  app.notFound((c) => errorResponse(c, 404, 'not-found', 'No such endpoint.'));
  app.use(clientIpMiddleware(options.trustProxy ?? false));
  const limitBody = bodyLimit({
    maxSize: options.bodyLimitBytes ?? 64 * 1024,
    onError: (c) => errorResponse(c, 413, 'body-too-large', 'The request body is too large.'),
  });
  // The dashboard's coupon upload has its own, larger limit (see admin/routes.ts).
  app.use((c, next) => (c.req.path === POOL_UPLOAD_PATH ? next() : limitBody(c, next)));
  app.get('/health', (c) => c.json({ ok: true }));
  // Shopify, Stripe and WooCommerce post here, signed their own way: no CORS, no site-key header.
  app.route('/webhooks', platformWebhookRoutes(ctx));
  // Links in emails: the signed token is the credential; no CORS, no site-key header.
  app.use(
    '/mail/*',
    perIpRateLimit(rateLimiter({ limit: options.rateLimitPerIp ?? 600, windowMs: MINUTE, clock })),
  );
  app.route('/mail', unsubscribeRoutes(ctx));

  app.use('/v1/*', corsMiddleware(sites));
  app.use(
    '/v1/*',
    perIpRateLimit(rateLimiter({ limit: options.rateLimitPerIp ?? 600, windowMs: MINUTE, clock })),
  );
  app.use('/v1/*', siteKeyMiddleware(sites));
  const perAdvocate = rateLimiter({
    limit: options.rateLimitPerAdvocate ?? 30,
    windowMs: MINUTE,
    clock,
  });
  app.route('/v1/orders', orderRoutes(ctx));
  app.route('/v1/coupons', couponRoutes(ctx));
  app.route('/v1', v1Routes(ctx, perAdvocate));
  // Its own bucket per address: guessing the admin token is as slow as flooding the API.
  const adminLimiter = rateLimiter({
    limit: options.rateLimitPerIp ?? 600,
    windowMs: MINUTE,
    clock,
  });
  app.use('/admin/*', perIpRateLimit(adminLimiter)); // matches /admin itself too
  app.route('/admin', couponAdminRoutes(ctx, options.adminToken));
  app.route('/admin', adminRoutes(ctx, options.adminToken));
  // Score links of survey emails and their hosted page: public, signed by their token.
  app.use(
    '/email/*',
    perIpRateLimit(rateLimiter({ limit: options.rateLimitPerIp ?? 600, windowMs: MINUTE, clock })),
  );
  app.route('/email', hostedSurveyRoutes(ctx));
  if (demoClock) app.route('/demo', demoRoutes(ctx, demoClock, tick));
  return { app, ctx, tick };
}
