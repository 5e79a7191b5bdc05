import { describe, expect, it } from 'vitest';
import {
  type ScoreClaim,
  signScoreToken,
  tokenSiteKey,
  verifyScoreToken,
} from '../../src/email-nps/score-token.js';

const secret = 'site-secret-for-tests-0123456789';
const now = Date.UTC(2026, 10, 22, 12);
const claim: ScoreClaim = {
  siteKey: 'shop-test',
  orderId: '1001',
  campaignId: 'nps-email',
  customer: 'c_1',
  score: 9,
  expiresAt: now + 1000,
};
const token = signScoreToken(secret, claim);
const [version, body, signature] = token.split('.') as [string, string, string];
const reencode = (fields: unknown[]) => Buffer.from(JSON.stringify(fields)).toString('base64url');
const flip = (text: string) => (text[0] === 'A' ? 'B' : 'A') + text.slice(1);

describe('score tokens', () => {
  it('round-trips a claim and names its site', () => {
    expect(token.startsWith('v1.')).toBe(true);
    expect(verifyScoreToken(secret, token, now)).toEqual({ ok: true, claim });
    expect(tokenSiteKey(token)).toBe('shop-test');
  });

  it.each([
    ['another secret', 'another-secret-0123456789abcdef', token, now, 'forged'],
    [
      'a changed score',
      secret,
      `${version}.${reencode(['shop-test', '1001', 'nps-email', 'c_1', 10, now + 1000])}.${signature}`,
      now,
      'forged',
    ],
    [
      'a changed expiry',
      secret,
      `${version}.${reencode(['shop-test', '1001', 'nps-email', 'c_1', 9, now + 10_000_000])}.${signature}`,
      now,
      'forged',
    ],
    ['a flipped signature', secret, `${version}.${body}.${flip(signature)}`, now, 'forged'],
    ['at its expiry', secret, token, now + 1000, 'expired'],
    ['after its expiry', secret, token, now + 86_400_000, 'expired'],
    ['a future version', secret, `v2.${body}.${signature}`, now, 'unknown-version'],
    ['no version', secret, `${body}.${signature}`, now, 'malformed'],
    ['a short signature', secret, `${version}.${body}.${signature.slice(1)}`, now, 'malformed'],
    ['a body that is not JSON', secret, `${version}.bm90IGpzb24.${signature}`, now, 'malformed'],
    [
      'a score out of range',
      secret,
      `${version}.${reencode(['shop-test', '1001', 'nps-email', 'c_1', 11, now + 1000])}.${signature}`,
      now,
      'malformed',
    ],
    ['an empty string', secret, '', now, 'malformed'],
    ['a huge string', secret, `v1.${'A'.repeat(5000)}.${signature}`, now, 'malformed'],
  ])('refuses %s', (_name, key, given, at, problem) => {
    expect(verifyScoreToken(key, given, at)).toEqual({ ok: false, problem });
  });

  it('gives each score its own token', () => {
    const tokens = new Set(
      Array.from({ length: 11 }, (_, score) => signScoreToken(secret, { ...claim, score })),
    );
    expect(tokens.size).toBe(11);
  });
});
