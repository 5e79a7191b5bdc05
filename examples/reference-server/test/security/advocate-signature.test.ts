import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../src/clock.js';
import { signAdvocate, signedText, verifyAdvocate } from '../../src/security/advocate-signature.js';

const secret = 'site-secret-0123456789';
const now = Date.UTC(2026, 10, 22, 12);
const signed = (fields: { id?: string; email?: string; name?: string }, signedAt = now) => ({
  ...fields,
  signedAt,
  signature: signAdvocate(secret, { ...fields, signedAt }),
});

describe('advocate signatures', () => {
  it('signs id|email|signedAt as the contract documents', () => {
    expect(signedText({ id: 'c_1', signedAt: 5 })).toBe('c_1||5');
    expect(signAdvocate(secret, { id: 'c_1', email: 'a@b.co', signedAt: 5 })).toMatch(
      /^[0-9a-f]{64}$/,
    );
  });

  it('accepts a fresh genuine signature and returns only identity fields', () => {
    const result = verifyAdvocate(
      secret,
      signed({ id: 'c_1', email: 'ann@example.com', name: 'Ann' }),
      now + 9 * MINUTE,
    );
    expect(result).toEqual({
      ok: true,
      advocate: { id: 'c_1', email: 'ann@example.com', name: 'Ann' },
    });
  });

  it.each([
    ['unsigned', { id: 'c_1' }, now],
    ['unsigned', { id: 'c_1', signedAt: now }, now],
    ['anonymous', signed({}), now],
    ['forged', { ...signed({ id: 'c_1' }), id: 'c_2' }, now],
    ['forged', { ...signed({ id: 'c_1', email: 'a@example.com' }), email: 'b@example.com' }, now],
    ['forged', { ...signed({ id: 'c_1' }), signedAt: now + 1 }, now],
    ['forged', { ...signed({ id: 'c_1' }), signature: '0'.repeat(64) }, now],
    ['forged', { ...signed({ id: 'c_1' }), signature: 'abc' }, now],
    [
      'forged',
      {
        id: 'c_1',
        signedAt: now,
        signature: signAdvocate('another-secret-123456', { id: 'c_1', signedAt: now }),
      },
      now,
    ],
    ['expired', signed({ id: 'c_1' }, now - 10 * MINUTE - 1), now],
    ['from-the-future', signed({ id: 'c_1' }, now + 2 * MINUTE), now],
  ])('refuses a %s advocate', (problem, advocate, at) => {
    expect(verifyAdvocate(secret, advocate, at)).toEqual({ ok: false, problem });
  });

  it('accepts exactly 10 minutes and a shop clock slightly ahead', () => {
    expect(verifyAdvocate(secret, signed({ id: 'c_1' }, now - 10 * MINUTE), now).ok).toBe(true);
    expect(verifyAdvocate(secret, signed({ id: 'c_1' }, now + 30_000), now).ok).toBe(true);
  });
});
