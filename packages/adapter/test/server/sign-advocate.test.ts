import { describe, expect, it } from 'vitest';
import { checkAdvocate, signAdvocate, verifyAdvocate } from '../../src/server/index.js';
import { advocatePayload, hmacHex } from '../../src/server/sign-advocate.js';

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
  it('signs v2: hex HMAC-SHA256 over the length-prefixed id, email, name and signedAt', async () => {
    const signed = await signAdvocate(
      secret,
      { id: 'c1', email: 'anna@example.com', name: 'Anna' },
      { now },
    );
    const expected = await hmacHex(secret, `v2|2:c1|16:anna@example.com|4:Anna|${now}`);
    expect(signed).toEqual({
      id: 'c1',
      email: 'anna@example.com',
      name: 'Anna',
      signedAt: now,
      signature: `v2=${expected}`,
    });
  });

  it.each([
    [{ id: 'c1' }, `v2|2:c1|0:|0:|${now}`],
    [{ email: 'a@b.co' }, `v2|0:|6:a@b.co|0:|${now}`],
    // Lengths count UTF-8 bytes: "Zoë" is 4 bytes, "😀" is 4.
    [{ id: 'c1', name: 'Zoë 😀' }, `v2|2:c1|0:|9:Zoë 😀|${now}`],
    [{ id: 'a|1:b', email: '|' }, `v2|5:a|1:b|1:||0:|${now}`],
  ])('signs %j as %j', async (advocate, message) => {
    const signed = await signAdvocate(secret, advocate, { now });
    expect(advocatePayload(advocate, now)).toBe(message);
    expect(signed.signature).toBe(`v2=${await hmacHex(secret, message)}`);
  });

  it.each([
    [
      'the separator moved between id and email',
      { id: 'a', email: 'b|c@x.com' },
      { id: 'a|b', email: 'c@x.com' },
    ],
    [
      'the separator moved between email and name',
      { id: 'a', email: 'b@x.co|1:c' },
      { id: 'a', email: 'b@x.co', name: 'c' },
    ],
    ['a length forged into the id', { id: '1:a', name: 'b' }, { id: '1:a|1:b' }],
    ['the name changed', { id: 'c1', name: 'Anna' }, { id: 'c1', name: 'Mallory' }],
    ['the name added', { id: 'c1' }, { id: 'c1', name: 'Mallory' }],
    ['the name removed', { id: 'c1', name: 'Anna' }, { id: 'c1' }],
  ])('a signature does not carry over when %s', async (_label, signedFields, claimed) => {
    const { signature, signedAt } = await signAdvocate(secret, signedFields, { now });
    expect(advocatePayload(signedFields, now)).not.toBe(advocatePayload(claimed, now));
    expect(await checkAdvocate(secret, { ...claimed, signature, signedAt }, { now })).toBe(
      'bad-signature',
    );
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
    ['bad-signature', async () => ({ ...(await signed()), name: 'Mallory' }), {}],
    [
      'bad-signature',
      async () => ({ ...(await signed()), signature: `v2=${'ab'.repeat(32)}` }),
      {},
    ],
    [
      'bad-signature',
      async () => ({ ...(await signed()), signature: `v3=${'ab'.repeat(32)}` }),
      {},
    ],
    [
      'outdated',
      async () => ({
        id: 'c1',
        email: 'anna@example.com',
        signedAt: now,
        signature: await hmacHex(secret, `c1|anna@example.com|${now}`),
      }),
      {},
    ],
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
