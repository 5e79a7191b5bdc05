import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What a score link in an NPS email stands for: one customer's answer to one campaign about
 * one order, with the score the link gives. Single-purpose: it can record that score for that
 * (campaign, order) and open the hosted page for it, nothing else.
 */
export interface ScoreClaim {
  siteKey: string;
  /** The verified order the survey is about (one answer per campaign and order). */
  orderId: string;
  campaignId: string;
  /** The customer (the order's customer id, else its normalized email). */
  customer: string;
  /** 0–10. */
  score: number;
  /** The link stops working at this time (ms since the epoch). */
  expiresAt: number;
}

/** Why a token is refused. */
export type TokenProblem = 'malformed' | 'unknown-version' | 'forged' | 'expired';

/** The version prefix; a future format gets `v2` and this one keeps verifying. */
const VERSION = 'v1';
/** Keys email tokens apart from every other use of the site secret. */
const PURPOSE = 'grapevine/nps-score-token/v1';
const MAX_TOKEN = 2048;

function keyFor(secret: string): Buffer {
  return createHmac('sha256', secret).update(PURPOSE).digest();
}

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', keyFor(secret)).update(`${VERSION}.${body}`).digest();
}

/**
 * Signs a score link: `v1.<base64url JSON>.<base64url HMAC-SHA256>`, keyed by a key derived
 * from the site's secret for this purpose only.
 * @example signScoreToken(site.secret, { siteKey, orderId: '1001', campaignId: 'nps', customer: 'c1', score: 9, expiresAt })
 */
export function signScoreToken(secret: string, claim: ScoreClaim): string {
  const body = Buffer.from(
    JSON.stringify([
      claim.siteKey,
      claim.orderId,
      claim.campaignId,
      claim.customer,
      claim.score,
      claim.expiresAt,
    ]),
  ).toString('base64url');
  return `${VERSION}.${body}.${mac(secret, body).toString('base64url')}`;
}

/** The site a token names, read without trusting it (to find the secret that checks it). */
export function tokenSiteKey(token: string): string | null {
  const claim = decode(token);
  return claim === null || typeof claim === 'string' ? null : claim.siteKey;
}

/**
 * Checks a score token: its version, its signature in constant time, then its expiry.
 * The signature is checked before the expiry so a forged token never learns anything.
 * @returns the claim, or why the token is refused.
 */
export function verifyScoreToken(
  secret: string,
  token: string,
  now: number,
): { ok: true; claim: ScoreClaim } | { ok: false; problem: TokenProblem } {
  const claim = decode(token);
  if (typeof claim === 'string') return { ok: false, problem: claim };
  const [, body = '', signature = ''] = token.split('.');
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, problem: 'forged' };
  }
  if (now >= claim.expiresAt) return { ok: false, problem: 'expired' };
  return { ok: true, claim };
}

function decode(token: string): ScoreClaim | 'malformed' | 'unknown-version' {
  if (typeof token !== 'string' || token.length > MAX_TOKEN) return 'malformed';
  const parts = token.split('.');
  if (parts.length !== 3) return 'malformed';
  const [version, body = '', signature = ''] = parts;
  if (version !== VERSION) return /^v\d+$/.test(version ?? '') ? 'unknown-version' : 'malformed';
  if (!/^[A-Za-z0-9_-]+$/.test(body) || !/^[A-Za-z0-9_-]{43}$/.test(signature)) return 'malformed';
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return 'malformed';
  }
  if (!Array.isArray(fields) || fields.length !== 6) return 'malformed';
  const [siteKey, orderId, campaignId, customer, score, expiresAt] = fields as unknown[];
  const text = (value: unknown): value is string =>
    typeof value === 'string' && value.length > 0 && value.length <= 256;
  if (!text(siteKey) || !text(orderId) || !text(campaignId) || !text(customer)) return 'malformed';
  if (!Number.isInteger(score) || (score as number) < 0 || (score as number) > 10) {
    return 'malformed';
  }
  if (!Number.isSafeInteger(expiresAt)) return 'malformed';
  return {
    siteKey,
    orderId,
    campaignId,
    customer,
    score: score as number,
    expiresAt: expiresAt as number,
  };
}
