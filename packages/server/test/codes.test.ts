import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  couponCode,
  isReferralCode,
  REFERRAL_CODE_LENGTH,
  randomCode,
  referralCode,
} from '../src/codes.js';

describe('referral codes', () => {
  it('carry at least 64 bits and avoid ambiguous characters', () => {
    expect(REFERRAL_CODE_LENGTH * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(64);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
    for (const ambiguous of ['0', 'O', '1', 'I', 'L', 'U'])
      expect(CODE_ALPHABET).not.toContain(ambiguous);
  });

  it('are short, valid and distinct', () => {
    const codes = Array.from({ length: 2000 }, referralCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toHaveLength(REFERRAL_CODE_LENGTH);
      expect(isReferralCode(code)).toBe(true);
    }
  });

  it('draws without modulo bias (bytes ≥ 240 are skipped)', () => {
    let calls = 0;
    const bytes = (size: number) => {
      calls += 1;
      return Uint8Array.from({ length: size }, (_, i) => (calls === 1 && i < 4 ? 250 : i % 30));
    };
    // 250 would map to CODE_ALPHABET[10] ('C') if it were not skipped.
    expect(randomCode(4, bytes)).toBe('6789');
  });

  it('makes coupons in groups of four', () => {
    expect(couponCode()).toMatch(
      /^GV-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/,
    );
  });

  it.each(['', 'abc', '0000000000000O', 'K7RM2QXHD9TW4'])(
    'rejects %j as a referral code',
    (code) => {
      expect(isReferralCode(code)).toBe(false);
    },
  );
});
