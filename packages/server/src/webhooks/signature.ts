import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header carrying the webhook signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const WEBHOOK_SIGNATURE_HEADER = 'Grapevine-Signature';

/**
 * Signs a webhook body: HMAC-SHA256 over `${seconds}.${body}` with the site's webhook secret.
 * Signing the timestamp lets receivers refuse replays of old deliveries.
 * @example signWebhook(secret, Math.floor(Date.now() / 1000), body) // 't=1700000000,v1=9f…'
 */
export function signWebhook(secret: string, seconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${seconds}.${body}`).digest('hex');
  return `t=${seconds},v1=${mac}`;
}

/**
 * What a shop runs on receipt: checks the signature in constant time and its age.
 * @default toleranceSeconds 300
 * @example verifyWebhook(secret, req.headers['grapevine-signature'], rawBody, Date.now())
 */
export function verifyWebhook(
  secret: string,
  header: string | null | undefined,
  body: string,
  nowMs: number,
  toleranceSeconds = 300,
): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match?.[1] || !match[2]) return false;
  const seconds = Number(match[1]);
  const expected = Buffer.from(signWebhook(secret, seconds, body).slice(-64), 'hex');
  const genuine = timingSafeEqual(expected, Buffer.from(match[2], 'hex'));
  return genuine && Math.abs(nowMs / 1000 - seconds) <= toleranceSeconds;
}
