import type { Advocate } from '@grapevine/core';
import { ADVOCATE_SIGNATURE_V2, advocatePayload, hmacHex } from './sign-advocate.js';

/** Options of {@link verifyAdvocate}. */
export interface VerifyOptions {
  /** The current time, ms since the epoch. @default Date.now() */
  now?: number;
  /** The oldest signature accepted. @default 86_400_000 (24 hours) */
  maxAgeMs?: number;
  /** How far `signedAt` may lie in the future (clock skew between servers). @default 300_000 */
  maxSkewMs?: number;
}

/**
 * Why {@link checkAdvocate} refused an advocate, or `valid`. `outdated`: a version 1
 * signature (bare hex over `id|email|signedAt`), refused since v2: its text was ambiguous
 * and it did not cover the name.
 */
export type AdvocateVerdict =
  | 'valid'
  | 'unsigned'
  | 'outdated'
  | 'bad-signature'
  | 'expired'
  | 'future';

const V1_SIGNATURE = /^[0-9a-f]{64}$/i;

/** Compares two equal-length strings without an early exit (no timing leak). */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) {
    difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  }
  return difference === 0;
}

/**
 * Checks an advocate's version 2 signature and age and says why it fails: `unsigned`,
 * `outdated` (a version 1 signature), `bad-signature`,
 * `expired` (older than `maxAgeMs`), `future` (beyond the allowed skew) or `valid`.
 * The comparison is constant-time.
 *
 * @example
 * ```ts
 * const verdict = await checkAdvocate(secret, advocate, { maxAgeMs: 3_600_000 });
 * if (verdict !== 'valid') return c.json({ error: { code: verdict, message: 'sign again' } }, 401);
 * ```
 */
export async function checkAdvocate(
  secret: string,
  advocate: Advocate,
  options: VerifyOptions = {},
): Promise<AdvocateVerdict> {
  const { signature, signedAt } = advocate;
  // Checked at run time too: the advocate usually comes straight from a request body.
  if (
    typeof signature !== 'string' ||
    typeof signedAt !== 'number' ||
    !Number.isFinite(signedAt) ||
    (!advocate.id && !advocate.email)
  ) {
    return 'unsigned';
  }
  if (V1_SIGNATURE.test(signature)) return 'outdated';
  const expected =
    ADVOCATE_SIGNATURE_V2 + (await hmacHex(secret, advocatePayload(advocate, signedAt)));
  if (!constantTimeEqual(expected, signature.toLowerCase())) return 'bad-signature';
  const now = options.now ?? Date.now();
  if (signedAt - now > (options.maxSkewMs ?? 300_000)) return 'future';
  if (now - signedAt > (options.maxAgeMs ?? 86_400_000)) return 'expired';
  return 'valid';
}

/**
 * Whether an advocate's signature is genuine and fresh: {@link checkAdvocate} === `'valid'`.
 * Use it on the backend before returning anything personal.
 *
 * @example
 * ```ts
 * import { verifyAdvocate } from '@grapevine/adapter/server';
 *
 * if (!(await verifyAdvocate(secret, advocate, { maxAgeMs: 86_400_000 }))) return unauthorized();
 * ```
 */
export async function verifyAdvocate(
  secret: string,
  advocate: Advocate,
  options: VerifyOptions = {},
): Promise<boolean> {
  return (await checkAdvocate(secret, advocate, options)) === 'valid';
}
