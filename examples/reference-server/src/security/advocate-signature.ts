import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Advocate } from '@grapevine/core';
import { MINUTE } from '../clock.js';

/** Signatures older than this are refused. */
export const MAX_SIGNATURE_AGE_MS = 10 * MINUTE;
/** Shop servers whose clock runs a little ahead are tolerated by this much. */
export const MAX_CLOCK_AHEAD_MS = MINUTE;

/** Why an advocate is not trusted. */
export type SignatureProblem = 'unsigned' | 'anonymous' | 'expired' | 'from-the-future' | 'forged';

/** An advocate whose signature checked out: at least an id or an email. */
export interface VerifiedAdvocate {
  id?: string;
  email?: string;
  name?: string;
}

/** The exact text a shop signs: `${id}|${email}|${signedAt}`, empty strings for missing parts. */
export function signedText(advocate: Pick<Advocate, 'id' | 'email' | 'signedAt'>): string {
  return `${advocate.id ?? ''}|${advocate.email ?? ''}|${advocate.signedAt ?? ''}`;
}

/**
 * The shop-side signature: hex HMAC-SHA256 of {@link signedText} with the site's secret.
 * @example signAdvocate(secret, { id: 'c_42', email: 'ann@example.com', signedAt: Date.now() })
 */
export function signAdvocate(
  secret: string,
  advocate: Pick<Advocate, 'id' | 'email' | 'signedAt'>,
): string {
  return createHmac('sha256', secret).update(signedText(advocate)).digest('hex');
}

/**
 * Checks an advocate's signature and age (at most 10 minutes old) in constant time.
 * @returns the trusted identity, or the reason it is not trusted.
 */
export function verifyAdvocate(
  secret: string,
  advocate: Advocate,
  now: number,
): { ok: true; advocate: VerifiedAdvocate } | { ok: false; problem: SignatureProblem } {
  if (advocate.signature === undefined || advocate.signedAt === undefined) {
    return { ok: false, problem: 'unsigned' };
  }
  if (!advocate.id && !advocate.email) return { ok: false, problem: 'anonymous' };
  const expected = Buffer.from(signAdvocate(secret, advocate), 'hex');
  const given = Buffer.from(advocate.signature, 'hex');
  // Compare before the age check so both paths cost the same; lengths are fixed by the schema.
  const genuine = given.length === expected.length && timingSafeEqual(given, expected);
  if (!genuine) return { ok: false, problem: 'forged' };
  if (advocate.signedAt > now + MAX_CLOCK_AHEAD_MS)
    return { ok: false, problem: 'from-the-future' };
  if (now - advocate.signedAt > MAX_SIGNATURE_AGE_MS) return { ok: false, problem: 'expired' };
  const { id, email, name } = advocate;
  return {
    ok: true,
    advocate: {
      ...(id === undefined ? {} : { id }),
      ...(email === undefined ? {} : { email }),
      ...(name === undefined ? {} : { name }),
    },
  };
}
