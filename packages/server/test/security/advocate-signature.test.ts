import { signAdvocate } from '@grapevine/adapter/server';
import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../src/clock.js';
import { verifyAdvocate } from '../../src/security/advocate-signature.js';
import { signSync, signV1 } from '../helpers/sign.js';

const secret = 'site-secret-0123456789';
const now = Date.UTC(2026, 10, 22, 12);
const signed = (fields: { id?: string; email?: string; name?: string }, signedAt = now) => ({
  ...fields,
  signedAt,
  signature: signSync(secret, { ...fields, signedAt }),
});

describe('verifyAdvocate', () => {
  it('accepts what a shop signs with @grapevine/adapter/server', async () => {
    const advocate = await signAdvocate(secret, { id: 'c_1', email: 'ann@example.com' }, { now });
    expect(advocate.signature).toBe(
      signSync(secret, { id: 'c_1', email: 'ann@example.com', signedAt: now }),
    );
    expect((await verifyAdvocate(secret, advocate, now)).ok).toBe(true);
  });

  it('accepts a fresh genuine signature and returns only identity fields', async () => {
    const result = await verifyAdvocate(
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
    ['unsigned', signed({}), now],
    ['forged', { ...signed({ id: 'c_1' }), id: 'c_2' }, now],
    ['forged', { ...signed({ id: 'c_1', email: 'a@example.com' }), email: 'b@example.com' }, now],
    ['forged', { ...signed({ id: 'c_1' }), signedAt: now + 1 }, now],
    ['forged', { ...signed({ id: 'c_1' }), signature: `v2=${'0'.repeat(64)}` }, now],
    ['outdated', { ...signed({ id: 'c_1' }), signature: '0'.repeat(64) }, now],
    ['forged', { ...signed({ id: 'c_1' }), signature: 'abc' }, now],
    [
      'forged',
      {
        id: 'c_1',
        signedAt: now,
        signature: signSync('another-secret-123456', { id: 'c_1', signedAt: now }),
      },
      now,
    ],
    ['forged', { ...signed({ id: 'c_1', name: 'Ann' }), name: 'Mallory' }, now],
    ['forged', { ...signed({ id: 'c_1' }), name: 'Mallory' }, now],
    ['forged', { ...signed({ id: 'a', email: 'b|c@x.com' }), id: 'a|b', email: 'c@x.com' }, now],
    [
      'outdated',
      { id: 'c_1', signedAt: now, signature: signV1(secret, { id: 'c_1', signedAt: now }) },
      now,
    ],
    ['expired', signed({ id: 'c_1' }, now - 10 * MINUTE - 1), now],
    ['from-the-future', signed({ id: 'c_1' }, now + 2 * MINUTE), now],
  ])('refuses a %s advocate', async (problem, advocate, at) => {
    expect(await verifyAdvocate(secret, advocate, at)).toEqual({ ok: false, problem });
  });

  it('accepts exactly 10 minutes and a shop clock slightly ahead', async () => {
    expect((await verifyAdvocate(secret, signed({ id: 'c_1' }, now - 10 * MINUTE), now)).ok).toBe(
      true,
    );
    expect((await verifyAdvocate(secret, signed({ id: 'c_1' }, now + 30_000), now)).ok).toBe(true);
  });
});
