import { randomBytes } from 'node:crypto';

/**
 * Characters that survive being read aloud, hand-typed or printed: no 0/O, no 1/I/L, no U
 * (Crockford's base 32 without its ambiguous letters, less U and L, plus nothing else).
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters in a referral code: 14 × log2(30) ≈ 68.7 bits of entropy. */
export const REFERRAL_CODE_LENGTH = 14;

/**
 * A random string over {@link CODE_ALPHABET}, drawn without modulo bias.
 * @example randomCode(14) // 'K7RM2QXHD9TW4B'
 */
export function randomCode(
  length: number,
  random: (size: number) => Uint8Array = randomBytes,
): string {
  // Rejection sampling: bytes ≥ 240 (= 8 × 30) would favour the first characters.
  const limit = 256 - (256 % CODE_ALPHABET.length);
  let code = '';
  while (code.length < length) {
    for (const byte of random(length * 2)) {
      if (byte >= limit) continue;
      code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
      if (code.length === length) break;
    }
  }
  return code;
}

/** A new referral code with at least 64 bits of entropy. */
export function referralCode(): string {
  return randomCode(REFERRAL_CODE_LENGTH);
}

/** A new single-use coupon for a friend, e.g. `GV-7KQ2-MXR9-PD4T` (≈ 59 bits). */
export function couponCode(): string {
  const raw = randomCode(12);
  return `GV-${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** Whether a string looks like a referral code (normalised to upper case first). */
export function isReferralCode(value: string): boolean {
  return new RegExp(`^[${CODE_ALPHABET}]{${REFERRAL_CODE_LENGTH}}$`).test(value);
}
