import { describe, expect, it } from 'vitest';
import { checkAdvocate, signAdvocate, verifyAdvocate } from '../../src/server/index.js';
import { hmacHex } from '../../src/server/sign-advocate.js';

describe('hmacHex', () => {
  it.each([
    // RFC 4231, test cases 1 and 2.
    [
      '\u000b'.repeat(20),
      'Hi There',
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    ],
    [
      'Jefe',
      'what do ya want for nothing?',
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    ],
  ])('matches the RFC 4231 vector for key %j', async (key, message, mac) => {
    expect(await hmacHex(key, message)).toBe(mac);
  });
});

const secret = 'shh-its-a-secret';
const now = 1_800_000_000_000;
const HOUR = 3_600_000;

describe('signAdvocate', () => {
  it('signs hex HMAC-SHA256 over id|email|signedAt ', async () => {
    const signed = await signAdvocate(
      secret,
      { id: 'c1', email: 'anna@example.com', name: 'Anna' },
      { now },
    );
    const expected = await hmacHex(secret, `c1|anna@example.com|${now}`);
    expect(signed).toEqual({
      id: 'c1',
      email: 'anna@example.com',
      name: 'Anna',
      signedAt: now,
      signature: expected,
    });
  });

  it.each([
    [{ id: 'c1' }, `c1||${now}`],
    [{ email: 'a@b.co' }, `|a@b.co|${now}`],
  ])('uses an empty string for a missing part: %j', async (advocate, message) => {
    const signed = await signAdvocate(secret, advocate, { now });
    expect(signed.signature).toBe(await hmacHex(secret, message));
  });

  it.each([
    ['', { id: 'c1' }, 'secret'],
    [secret, { name: 'Anna' }, 'id or an email'],
  ])('refuses to sign with secret %j and %j', async (key, advocate, message) => {
    await expect(signAdvocate(key, advocate)).rejects.toThrow(message);
  });
});

describe('verifyAdvocate / checkAdvocate', () => {
  const signed = () => signAdvocate(secret, { id: 'c1', email: 'anna@example.com' }, { now });

  it('accepts a fresh, genuine signature', async () => {
    expect(await verifyAdvocate(secret, await signed(), { now: now + HOUR })).toBe(true);
  });

  it.each([
    ['unsigned', async () => ({ id: 'c1' }), {}],
    ['bad-signature', async () => ({ ...(await signed()), email: 'mallory@example.com' }), {}],
    ['bad-signature', async () => ({ ...(await signed()), id: 'c2' }), {}],
    ['bad-signature', async () => ({ ...(await signed()), signedAt: now + 1 }), {}],
    ['bad-signature', async () => ({ ...(await signed()), signature: 'ab'.repeat(32) }), {}],
    ['bad-signature', async () => ({ ...(await signed()), signature: 'short' }), {}],
    ['expired', signed, { now: now + 25 * HOUR }],
    ['expired', signed, { now: now + 2 * HOUR, maxAgeMs: HOUR }],
    ['future', signed, { now: now - HOUR }],
  ])('refuses as %s', async (verdict, advocate, options) => {
    const opts = { now, ...options };
    expect(await checkAdvocate(secret, await advocate(), opts)).toBe(verdict);
    expect(await verifyAdvocate(secret, await advocate(), opts)).toBe(false);
  });

  it.each([
    { id: 'c1', signature: 42, signedAt: now },
    { id: 'c1', signature: 'ab'.repeat(32), signedAt: String(now) },
    { id: 'c1', signature: 'ab'.repeat(32), signedAt: Number.NaN },
  ])('treats a malformed signature or time as unsigned: %j', async (advocate) => {
    expect(await checkAdvocate(secret, advocate as never, { now })).toBe('unsigned');
  });

  it('refuses a signature made with another secret', async () => {
    expect(await checkAdvocate('other', await signed(), { now })).toBe('bad-signature');
  });
});
