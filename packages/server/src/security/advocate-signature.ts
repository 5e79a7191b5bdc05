import { checkAdvocate } from '@grapevine/adapter/server';
import type { Advocate } from '@grapevine/core';
import { MINUTE } from '../clock.js';

/** Signatures older than this are refused. */
export const MAX_SIGNATURE_AGE_MS = 10 * MINUTE;
/** Shop servers whose clock runs a little ahead are tolerated by this much. */
export const MAX_CLOCK_AHEAD_MS = MINUTE;

/** Why an advocate is not trusted. */
export type SignatureProblem = 'unsigned' | 'outdated' | 'expired' | 'from-the-future' | 'forged';

/** An advocate whose signature checked out: at least an id or an email. */
export interface VerifiedAdvocate {
  id?: string;
  email?: string;
  name?: string;
}

const PROBLEMS = {
  unsigned: 'unsigned',
  outdated: 'outdated',
  'bad-signature': 'forged',
  expired: 'expired',
  future: 'from-the-future',
} as const;

/**
 * Checks an advocate's signature (the contract's version 2 HMAC over id, email and name,
 * compared in constant time by `@grapevine/adapter/server`) under this server's policy: at
 * most 10 minutes old, at most one minute in the future. Version 1 signatures (ambiguous,
 * and blind to the name) are refused as `outdated`: there is no deprecation window, since
 * a shop that upgrades `@grapevine/adapter` signs v2 at once.
 * @returns the trusted identity, or the reason it is not trusted.
 */
export async function verifyAdvocate(
  secret: string,
  advocate: Advocate,
  now: number,
): Promise<{ ok: true; advocate: VerifiedAdvocate } | { ok: false; problem: SignatureProblem }> {
  const verdict = await checkAdvocate(secret, advocate, {
    now,
    maxAgeMs: MAX_SIGNATURE_AGE_MS,
    maxSkewMs: MAX_CLOCK_AHEAD_MS,
  });
  if (verdict !== 'valid') return { ok: false, problem: PROBLEMS[verdict] };
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
