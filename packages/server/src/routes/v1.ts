import {
  ADVOCATE_HEADER,
  decodeAdvocateHeader,
  endpoints,
  idSchema,
  isContractError,
  referralCodeSchema,
} from '@grapevine/adapter/contract';
import type { Advocate } from '@grapevine/core';
import { type Context, Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import { enforceRate } from '../http/rate-limit.js';
import { readBody } from '../http/read-body.js';
import { assertStorableText } from '../http/storable-text.js';
import { acceptedLanguages } from '../mail/i18n/locales.js';
import { type VerifiedAdvocate, verifyAdvocate } from '../security/advocate-signature.js';
import { isSharedAddress, rateKeyOfIp } from '../security/ip-address.js';
import { clientIpHash } from '../security/ip-hash.js';
import type { RateLimiter } from '../security/rate-limiter.js';
import { advocateLedger } from '../services/advocate-ledger.js';
import { loadCampaigns } from '../services/campaigns.js';
import { claimOffer } from '../services/claims.js';
import { checkEventConsistency, ingestEvents } from '../services/events.js';
import {
  advocateKey,
  friendOffer,
  getOrCreateReferral,
  rememberAdvocateVisitor,
} from '../services/referrals.js';
import { advocateStats } from '../services/stats.js';
import type { Site } from '../site.js';

/**
 * Contract v1: the seven endpoints. Site key, CORS, body size and per-IP limits are applied
 * by the caller; this router validates each request and answers with contract shapes.
 */
export function v1Routes(ctx: ServerContext, perAdvocate: RateLimiter): Hono<AppEnv> {
  const router = new Hono<AppEnv>();

  const trusted = async (site: Site, advocate: Advocate): Promise<VerifiedAdvocate> => {
    const verdict = await verifyAdvocate(site.secret, advocate, ctx.clock.now());
    if (!verdict.ok) {
      throw new HttpError(
        401,
        'invalid-signature',
        verdict.problem === 'outdated'
          ? 'The advocate signature is outdated (v1): sign with signAdvocate() of @grapevine/adapter/server, which signs v2.'
          : `The advocate signature is ${verdict.problem}.`,
      );
    }
    await enforceRate(
      perAdvocate,
      `${site.siteKey}\n${advocateKey(verdict.advocate)}`,
      'for this advocate',
    );
    return verdict.advocate;
  };

  router.get('/campaigns', async (c) => {
    const campaigns = await loadCampaigns(ctx.db, c.var.site.siteKey);
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({ campaigns });
  });

  router.post('/referrals', async (c) => {
    const site = c.var.site;
    const { advocate, visitorId } = await readBody(
      c,
      endpoints.referral.body,
      'POST /v1/referrals request',
    );
    const unsigned = advocate.signature === undefined && advocate.signedAt === undefined;
    const verified = unsigned && site.allowUnsignedReferrals ? null : await trusted(site, advocate);
    if (verified && visitorId !== undefined)
      await rememberAdvocateVisitor(ctx.db, site, verified, visitorId);
    return c.json(await getOrCreateReferral(ctx, site, verified));
  });

  router.get('/referrals/:code', async (c) => {
    const code = checkCode(c.req.param('code'));
    const visitorId = checkVisitorId(c.req.query('visitorId'));
    const offer = await friendOffer(ctx, c.var.site, code, visitorId);
    if (!offer) throw new HttpError(404, 'unknown-code', 'No referral has this code.');
    return c.json(offer);
  });

  router.post('/referrals/:code/claims', async (c) => {
    const code = checkCode(c.req.param('code'));
    const friend = await readBody(
      c,
      endpoints.claim.body,
      'POST /v1/referrals/:code/claims request',
    );
    return c.json(
      await claimOffer(ctx, c.var.site, code, friend, {
        clientIpHash: clientIpHash(c.var.site, c.var.ip),
        // A private or loopback address is a proxy's or a whole network's: not limited per address.
        addressKey: isSharedAddress(c.var.ip)
          ? null
          : clientIpHash(c.var.site, rateKeyOfIp(c.var.ip)),
        // The friend's language for the coupon email: the browser sends it with every request.
        languages: acceptedLanguages(c.req.header('Accept-Language')),
      }),
    );
  });

  /** The advocate of the `X-Grapevine-Advocate` header, signature checked. */
  const headerAdvocate = async (c: Context<AppEnv>): Promise<VerifiedAdvocate> => {
    const header = c.req.header(ADVOCATE_HEADER);
    // No advocate at all is an authentication failure (401), as the contract says; a
    // malformed one is a bad request (400).
    if (header === undefined || header === '') {
      throw new HttpError(401, 'missing-advocate', `Missing ${ADVOCATE_HEADER} header.`);
    }
    let advocate: Advocate;
    try {
      advocate = decodeAdvocateHeader(header);
    } catch (error) {
      if (!isContractError(error)) throw error;
      throw new HttpError(400, 'invalid-request', `${ADVOCATE_HEADER}: ${error.message}`);
    }
    assertStorableText(advocate, ADVOCATE_HEADER);
    c.header('Cache-Control', 'private, no-store');
    return trusted(c.var.site, advocate);
  };

  router.get('/advocates/me/stats', async (c) =>
    c.json(await advocateStats(ctx, c.var.site, await headerAdvocate(c))),
  );

  router.get('/advocates/me/ledger', async (c) => {
    const visitorId = checkVisitorId(c.req.query('visitorId'));
    const advocate = await headerAdvocate(c);
    // This browser is the signed customer's from now on (their pop-up answers count for them).
    if (visitorId !== undefined)
      await rememberAdvocateVisitor(ctx.db, c.var.site, advocate, visitorId);
    return c.json({ entries: await advocateLedger(ctx.db, c.var.site, advocate, visitorId) });
  });

  router.post('/events', async (c) => {
    const batch = await readBody(c, endpoints.events.body, 'POST /v1/events request');
    checkEventConsistency(batch.events);
    const { dropped } = batch;
    if (dropped && dropped.overflow + dropped.expired + dropped.corrupt > 0) {
      ctx.logger.warn('client dropped events', { siteKey: c.var.site.siteKey, ...dropped });
    }
    const result = await ingestEvents(ctx, c.var.site, batch.events, {
      clientIpHash: clientIpHash(c.var.site, c.var.ip),
    });
    const site = c.var.site.siteKey;
    ctx.metrics?.eventsIngested.inc({ site, result: 'accepted' }, result.accepted.length);
    ctx.metrics?.eventsIngested.inc({ site, result: 'duplicate' }, result.duplicates.length);
    return c.json(result);
  });

  return router;
}

function checkVisitorId(visitorId: string | undefined): string | undefined {
  if (
    visitorId !== undefined &&
    (!idSchema.safeParse(visitorId).success || visitorId.includes('\u0000'))
  ) {
    throw new HttpError(400, 'invalid-request', 'visitorId: expected 1–128 characters');
  }
  return visitorId;
}

function checkCode(code: string): string {
  if (!referralCodeSchema.safeParse(code).success) {
    throw new HttpError(400, 'invalid-request', 'code: expected 1–64 letters, digits, _ or -');
  }
  return code.toUpperCase();
}
