import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an unsubscribe token is bound to: one queued email, its site and its address. */
export interface UnsubscribeSubject {
  siteKey: string;
  emailId: string;
  addressKey: string;
}

function mac(secret: string, subject: UnsubscribeSubject): string {
  return createHmac('sha256', secret)
    .update(`grapevine-unsubscribe\n${subject.siteKey}\n${subject.emailId}\n${subject.addressKey}`)
    .digest('base64url');
}

/**
 * The token in an email's unsubscribe link: `<email id>.<HMAC-SHA256>` keyed by the site's
 * secret and bound to the address, so it names no address in the URL and cannot be forged
 * or moved to another address. It does not expire: an unsubscribe link must keep working.
 * @example unsubscribeToken(site.secret, { siteKey, emailId: '42', addressKey: 'ana@example.com' })
 */
export function unsubscribeToken(secret: string, subject: UnsubscribeSubject): string {
  return `${subject.emailId}.${mac(secret, subject)}`;
}

/** The email id a token names, or `null` when it is not shaped like a token. */
export function tokenEmailId(token: string): string | null {
  const match = /^(\d{1,18})\.[A-Za-z0-9_-]{43}$/.exec(token);
  return match?.[1] ?? null;
}

/** Whether `token` was made for this subject (constant-time). */
export function verifyUnsubscribeToken(
  secret: string,
  token: string,
  subject: UnsubscribeSubject,
): boolean {
  const expected = Buffer.from(unsubscribeToken(secret, subject));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
