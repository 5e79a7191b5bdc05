import { Hono } from 'hono';
import { POOL_UPLOAD_PATH } from './admin/coupon-routes.js';
import { adminRoutes } from './admin/routes.js';
import { type Clock, DAY, MINUTE, offsetClock, systemClock } from './clock.js';
import type { ServerContext } from './context.js';
import { couponAdminRoutes } from './coupons/admin-routes.js';
import type { Database } from './db/database.js';
import { hostedSurveyRoutes } from './email-nps/hosted-routes.js';
import { npsEmailJobHandlers } from './email-nps/nps-email-job.js';
import { referralEmailJobHandlers } from './email-nps/referral-email.js';
import { bodyLimit } from './http/body-limit.js';
import { clientIpMiddleware, proxyTrust } from './http/client-ip.js';
import { corsMiddleware } from './http/cors.js';
import { requestDeadline } from './http/deadline.js';
import type { AppEnv } from './http/env.js';
import { errorHandler, errorResponse } from './http/errors.js';
import { createLifecycle, type Lifecycle } from './http/lifecycle.js';
import { perIpRateLimit } from './http/rate-limit.js';
import { requestLog } from './http/request-log.js';
import { siteKeyMiddleware } from './http/site-key.js';
import { jobHandlers } from './jobs/handlers.js';
import { type Logger, silentLogger } from './logger.js';
import type { CaughtMail } from './mail/catcher.js';
import { enqueueEmail } from './mail/enqueue.js';
import type { MailOptions } from './mail/options.js';
import { mailJobHandlers } from './mail/send-job.js';
import { slackJobHandlers } from './mail/slack.js';
import { unsubscribeRoutes } from './mail/unsubscribe-routes.js';
import { createMetrics, type Metrics } from './metrics/metrics.js';
import { observeDatabase } from './metrics/observed-database.js';
import { couponRoutes } from './routes/coupons.js';
import { demoRoutes } from './routes/demo.js';
import { healthRoutes } from './routes/health.js';
import { metricsRoutes } from './routes/metrics.js';
import { orderRoutes } from './routes/orders.js';
import { platformWebhookRoutes } from './routes/platform-webhooks.js';
import { v1Routes } from './routes/v1.js';
import { memoryRateLimiter } from './security/memory-rate-limiter.js';
import { rateLimiter } from './security/rate-limiter.js';
import { coalescingWriter } from './services/event-rows.js';
import type { Site } from './site.js';
import { runTick, type TickReport } from './tick.js';
import type { WidgetAssets } from './widget/assets.js';
import { widgetRoutes } from './widget/routes.js';
import { widgetSnippet } from './widget/snippet.js';

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
  /**
   * Proxies trusted to write `X-Forwarded-For`, as addresses or CIDRs: the client is the
   * right-most address that is not one of them. Not with `trustedHops`. @default []
   * @example ['10.0.0.0/8', '::1']
   */
  trustedProxies?: readonly string[];
  /** How many proxies stand in front of the server (the client is that many hops left). @default 0 */
  trustedHops?: number;
  /** @deprecated Means `trustedHops: 1`. */
  trustProxy?: boolean;
  /** Enables `/demo/clock` and `/demo/sign`. Never in production. @default false */
  demo?: boolean;
  /** The widget's script-tag files, served under `/widget/<build>/` (see `loadWidgetAssets`). */
  widget?: WidgetAssets;
  /** The server's URL as browsers reach it, for the dashboard's snippet. @default the request's origin */
  publicUrl?: string;
  /** A request not answered within this gets 503 with `Retry-After`. @default 10000 */
  requestTimeoutMs?: number;
  /** Serves Prometheus metrics at `/metrics` to this bearer token; unset, there is no `/metrics`. */
  metricsToken?: string;
  /** One JSON log line per request (with its id, route, status, duration). @default false */
  accessLog?: boolean;
  /** Sends queued emails (SMTP transport, sender, public URL). @default none: emails stay queued */
  mail?: MailOptions;
  /** The demo's mail catcher: its messages are shown on the dashboard's Mail tab. @default none */
  demoMailbox?: { readonly messages: readonly CaughtMail[] };
}

/** A running application: the Hono app plus the background work it owns. */
export interface GrapevineApp {
  app: Hono<AppEnv>;
  ctx: ServerContext;
  /** Approves due rewards and delivers due webhooks once (the job loop calls it). */
  tick(): Promise<TickReport>;
  /** Shutting down: readiness answers 503 once `beginDrain()` is called. */
  lifecycle: Lifecycle;
  /** The Prometheus registry, when `metricsToken` is set. */
  metrics?: Metrics;
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
  const metrics = options.metricsToken
    ? createMetrics({ db: options.db, poolMax: options.db.kind === 'postgres' ? 10 : 1 })
    : undefined;
  const lifecycle = createLifecycle();
  const ctx: ServerContext = {
    db: metrics ? observeDatabase(options.db, metrics) : options.db,
    clock,
    logger,
    sites,
    policy: {
      attributionMs: (options.attributionDays ?? 30) * DAY,
      returnWindowMs: (options.returnWindowDays ?? 14) * DAY,
    },
    ...(metrics ? { metrics } : {}),
  };
  // PGlite runs one statement at a time; PostgreSQL's pool runs a few, leaving connections free.
  ctx.writeEvents = coalescingWriter(ctx.db, ctx.db.kind === 'pglite' ? 1 : 3);
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
  // Every limit is a per-minute window. On PostgreSQL it is counted in the database, shared by
  // every process, the hits of concurrent requests together (group commit). A PGlite
  // directory has one server process (its lock), so memory is exact there and spares the
  // single-threaded database a statement per request.
  const perMinute = (bucket: string, limit: number) =>
    options.db.kind === 'pglite'
      ? memoryRateLimiter({ limit, windowMs: MINUTE, clock })
      : rateLimiter({ db: options.db, bucket, limit, windowMs: MINUTE, clock, maxInFlight: 2 });
  app.onError(errorHandler(logger));
  app.notFound((c) => errorResponse(c, 404, 'not-found', 'No such endpoint.'));
  app.use(...requestLog({ logger, accessLog: options.accessLog ?? false, metrics }));
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  app.use(requestDeadline(requestTimeoutMs));
  const trust = proxyTrust({
    ...(options.trustedProxies ? { trustedProxies: options.trustedProxies } : {}),
    trustedHops: options.trustedHops ?? (options.trustProxy ? 1 : 0),
  });
  app.use(clientIpMiddleware(trust));
  const limitBody = bodyLimit({
    maxSize: options.bodyLimitBytes ?? 64 * 1024,
    onError: (c) => errorResponse(c, 413, 'body-too-large', 'The request body is too large.'),
  });
  // The dashboard's coupon upload has its own, larger limit (see admin/routes.ts).
  app.use((c, next) => (c.req.path === POOL_UPLOAD_PATH ? next() : limitBody(c, next)));
  app.route('/health', healthRoutes(options.db, lifecycle, { metrics, requestTimeoutMs }));
  if (metrics && options.metricsToken)
    app.route('/metrics', metricsRoutes(metrics, options.metricsToken));
  const widget = options.widget;
  if (widget) app.route('/widget', widgetRoutes(widget));
  // Shopify, Stripe and WooCommerce post here, signed their own way: no CORS, no site-key header.
  app.route('/webhooks', platformWebhookRoutes(ctx));
  // Links in emails: the signed token is the credential; no CORS, no site-key header.
  app.use('/mail/*', perIpRateLimit(perMinute('mail-ip', options.rateLimitPerIp ?? 600)));
  app.route('/mail', unsubscribeRoutes(ctx));

  app.use('/v1/*', corsMiddleware(sites));
  app.use('/v1/*', perIpRateLimit(perMinute('v1-ip', options.rateLimitPerIp ?? 600)));
  app.use('/v1/*', siteKeyMiddleware(sites));
  const perAdvocate = perMinute('advocate', options.rateLimitPerAdvocate ?? 30);
  app.route('/v1/orders', orderRoutes(ctx));
  app.route('/v1/coupons', couponRoutes(ctx));
  app.route('/v1', v1Routes(ctx, perAdvocate));
  // Its own bucket per address: guessing the admin token is as slow as flooding the API.
  const adminLimiter = perMinute('admin-ip', options.rateLimitPerIp ?? 600);
  app.use('/admin/*', perIpRateLimit(adminLimiter)); // matches /admin itself too
  app.route('/admin', couponAdminRoutes(ctx, options.adminToken));
  const snippet = widget
    ? (siteKey: string, requestUrl: string) =>
        widgetSnippet(widget, {
          siteKey,
          publicUrl: options.publicUrl ?? new URL(requestUrl).origin,
        })
    : undefined;
  app.route(
    '/admin',
    adminRoutes(ctx, options.adminToken, {
      ...(snippet ? { snippet } : {}),
      ...(options.demoMailbox ? { mailbox: options.demoMailbox } : {}),
    }),
  );
  // Score links of survey emails and their hosted page: public, signed by their token.
  app.use('/email/*', perIpRateLimit(perMinute('email-ip', options.rateLimitPerIp ?? 600)));
  app.route('/email', hostedSurveyRoutes(ctx));
  if (demoClock) app.route('/demo', demoRoutes(ctx, demoClock, tick));
  return { app, ctx, tick, lifecycle, ...(metrics ? { metrics } : {}) };
}
