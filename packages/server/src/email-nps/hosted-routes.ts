import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARE_CHANNELS, type ShareChannel, segment } from '@grapevine/core';
import { parseConfig } from '@grapevine/core/schema';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import { defaultBrand } from '../mail/settings.js';
import { loadCampaigns } from '../services/campaigns.js';
import { getOrCreateReferral } from '../services/referrals.js';
import type { Site } from '../site.js';
import { surveyLocale } from './config.js';
import { claimCustomerId, recordEmailComment, recordEmailScore } from './email-answer.js';
import { recordHostedEvent } from './hosted-events.js';
import { hostedLocale, hostedMessages } from './hosted-messages.js';
import { hostedCsp, refusedPage, surveyPage } from './hosted-page.js';
import { type ScoreClaim, tokenSiteKey, verifyScoreToken } from './score-token.js';

/** Where the hosted page's script and the widget's UI bundle are served. */
export const HOSTED_ASSETS = '/email/assets';
const DEFAULT_CHANNELS: readonly ShareChannel[] = [
  'native',
  'email',
  'whatsapp',
  'sms',
  'x',
  'facebook',
];
const ASSET_NAME = /^grapevine-(ui-nps|[a-z]{2}(-[a-z]{2})?-prompt)\.js$/;

const here = dirname(fileURLToPath(import.meta.url));
/** The page script: `assets/` beside `src/` and `dist/`. */
const PAGE_SCRIPT = join(here, '..', '..', 'assets', 'hosted-survey.js');

function widgetDist(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@grapevine/widget/package.json')), 'dist');
}

/**
 * The email channel's public routes on the API's origin: a score link records its score at
 * once and answers with the hosted survey page (the widget's NPS UI on that score, under a
 * strict CSP); the page posts its comment, shares and "don't ask again" back with the same
 * token. A forged, tampered or expired token gets a localized page with a 4xx, never a 500.
 */
export function hostedSurveyRoutes(ctx: ServerContext): Hono<AppEnv> {
  const router = new Hono<AppEnv>();
  const dist = widgetDist();

  const check = (c: Context, token: string): { site: Site; claim: ScoreClaim } | Response => {
    const site = ctx.sites.get(tokenSiteKey(token) ?? '');
    const verdict = site
      ? verifyScoreToken(site.secret, token, ctx.clock.now())
      : ({ ok: false, problem: 'forged' } as const);
    if (site && verdict.ok) return { site, claim: verdict.claim };
    const expired = !verdict.ok && verdict.problem === 'expired';
    const locale = hostedLocale(c.req.query('lang') ?? (site ? surveyLocale(site) : undefined));
    const nonce = randomBytes(16).toString('base64');
    secureHeaders(c, nonce);
    const body = refusedPage(
      expired ? 'expired' : 'invalid',
      locale,
      hostedMessages(locale),
      nonce,
      site ? (site.brand ?? defaultBrand(site.siteKey)).name : undefined,
    );
    return c.html(body, expired ? 410 : 400);
  };

  /** The POSTs of the page: JSON only (a cross-site form cannot send it), a valid token. */
  const posted = async (c: Context) => {
    if (!/^application\/json\b/i.test(c.req.header('Content-Type') ?? '')) {
      throw new HttpError(415, 'unsupported-media-type', 'Expected application/json.');
    }
    const checked = check(c, c.req.param('token') ?? '');
    if (checked instanceof Response) {
      throw new HttpError(401, 'invalid-token', 'The survey link is not valid or has expired.');
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new HttpError(400, 'malformed-json', 'The request body is not valid JSON.');
    }
    return { ...checked, body: (body ?? {}) as Record<string, unknown> };
  };

  router.get('/nps/:token', async (c) => {
    const checked = check(c, c.req.param('token'));
    if (checked instanceof Response) return checked;
    const { site, claim } = checked;
    await ctx.db.transaction((tx) => recordEmailScore(tx, site, claim, ctx.clock.now()));
    const { config } = parseConfig({ campaigns: await loadCampaigns(ctx.db, site.siteKey) });
    const campaign = config.campaigns.find((candidate) => candidate.id === claim.campaignId);
    const locale = hostedLocale(c.req.query('lang') ?? surveyLocale(site));
    const messages = hostedMessages(locale);
    const brand = site.brand ?? defaultBrand(site.siteKey);
    const nonce = randomBytes(16).toString('base64');
    secureHeaders(c, nonce);
    const [variant] = await ctx.db.query<{ variant_id: string }>(
      `select variant_id from email_asks where site_key = $1 and flow = 'nps' and order_id = $2`,
      [site.siteKey, claim.orderId],
    );
    return c.html(
      surveyPage(
        {
          endpoint: `/email/nps/${c.req.param('token')}`,
          campaignId: claim.campaignId,
          variantId: variant?.variant_id ?? 'default',
          locale,
          dir: messages.dir,
          score: claim.score,
          brandName: brand.name,
          brandColor: brand.color,
          promoter: segment(claim.score) === 'promoter' && (campaign?.promoterToReferral ?? true),
          offer: site.offer,
          channels: campaign?.channels ?? DEFAULT_CHANNELS,
        },
        messages,
        nonce,
        `${HOSTED_ASSETS}/hosted-survey.js`,
      ),
    );
  });

  router.post('/nps/:token/comment', async (c) => {
    const { site, claim, body } = await posted(c);
    if (typeof body.comment !== 'string' || body.comment.includes('\u0000')) {
      throw new HttpError(400, 'invalid-request', 'comment: expected text');
    }
    await recordEmailComment(ctx.db, site, claim, body.comment);
    return c.body(null, 204);
  });

  router.post('/nps/:token/referral', async (c) => {
    const { site, claim } = await posted(c);
    // The token names the customer as the referrals do: `id:<customer id>` or `email:<address>`.
    const customerId = claimCustomerId(claim);
    const advocate =
      customerId === null ? { email: claim.customer.slice('email:'.length) } : { id: customerId };
    c.header('Cache-Control', 'private, no-store');
    return c.json(await getOrCreateReferral(ctx, site, advocate));
  });

  router.post('/nps/:token/share', async (c) => {
    const { site, claim, body } = await posted(c);
    const channel = body.channel;
    if (channel !== 'copy' && !SHARE_CHANNELS.includes(channel as ShareChannel)) {
      throw new HttpError(400, 'invalid-request', 'channel: expected a share channel or "copy"');
    }
    await recordHostedEvent(
      ctx,
      site,
      claim,
      channel === 'copy' ? { type: 'copy' } : { type: 'share', channel: channel as ShareChannel },
    );
    return c.body(null, 204);
  });

  router.post('/nps/:token/opt-out', async (c) => {
    const { site, claim } = await posted(c);
    await recordHostedEvent(ctx, site, claim, { type: 'opt-out' });
    return c.body(null, 204);
  });

  router.get(`${HOSTED_ASSETS.slice('/email'.length)}/:file`, async (c) => {
    const file = c.req.param('file');
    const path =
      file === 'hosted-survey.js' ? PAGE_SCRIPT : ASSET_NAME.test(file) ? join(dist, file) : null;
    if (path === null) throw new HttpError(404, 'not-found', 'No such file.');
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      throw new HttpError(404, 'not-found', 'No such file (is @grapevine/widget built?).');
    }
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(text, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });

  return router;
}

function secureHeaders(c: Context, nonce: string): void {
  c.header('Content-Security-Policy', hostedCsp(nonce));
  c.header('Cache-Control', 'no-store');
  // The token is in the URL: never send it on.
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
}
