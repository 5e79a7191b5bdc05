import type { GrapevineEvent, PurchaseEvent } from '@grapevine/core';
import { describe, expect, it } from 'vitest';
import { ContractError, TransportError } from '../../src/index.js';
import { memoryBackend } from '../../src/memory/memory-backend.js';
import { impression } from '../helpers/fixtures.js';

const DAY = 86_400_000;

function purchase(id: string, code: string, at: number, total = 100): PurchaseEvent {
  return {
    type: 'purchase',
    id,
    at,
    visitorId: `visitor-${id}`,
    orderId: `order-${id}`,
    total,
    currency: 'EUR',
    referralCode: code,
  };
}

describe('memoryBackend referrals', () => {
  it('gives each advocate one deterministic code and link', async () => {
    const first = memoryBackend();
    const second = memoryBackend();
    const anna = { id: 'c1', name: 'Anna Berg' };
    const referral = await first.referral(anna);
    expect(referral.code).toMatch(/^ANNA-[0-9A-Z]{4}$/);
    expect(referral.url).toBe(`https://shop.example/?ref=${referral.code}`);
    expect(await first.referral(anna)).toEqual(referral);
    expect((await second.referral(anna)).code).toBe(referral.code);
    expect((await first.referral({ id: 'c2', name: 'Anna Lund' })).code).not.toBe(referral.code);
  });

  it.each([
    [{ email: 'bo@example.com' }, /^FRIEND-/],
    [{ id: 'c3', name: 'Åsa Öberg' }, /^ASA-/],
    [{ id: 'c4', name: '太郎' }, /^FRIEND-/],
  ])('derives a readable code for %j', async (advocate, pattern) => {
    expect((await memoryBackend().referral(advocate)).code).toMatch(pattern);
  });

  it('rejects a malformed advocate like the server would', async () => {
    await expect(memoryBackend().referral({ id: '' })).rejects.toBeInstanceOf(ContractError);
  });

  it('shows friends the first name only, and null for an unknown code', async () => {
    const backend = memoryBackend({
      advocates: [{ id: 'c1', name: 'Anna Berg', email: 'anna@example.com' }],
    });
    const { code } = await backend.referral({ id: 'c1' });
    const offer = await backend.offer(code);
    expect(offer).toEqual({
      code,
      status: 'valid',
      advocateName: 'Anna',
      friend: { kind: 'percent', value: 20 },
    });
    expect(JSON.stringify(offer)).not.toContain('anna@example.com');
    expect(await backend.offer('UNKNOWN-1')).toBeNull();
    expect(await backend.offer('not a code')).toBeNull();
  });

  it("tells the advocate's own visitor that it is their link, like the server", async () => {
    const backend = memoryBackend({ advocates: [{ id: 'c1', name: 'Anna' }] });
    const { code } = await backend.referral({ id: 'c1' });
    await backend.send([{ ...impression('e1'), visitorId: 'anna-laptop', advocateId: 'c1' }]);
    expect((await backend.offer(code, { visitorId: 'anna-laptop' }))?.status).toBe('self-referral');
    expect((await backend.offer(code, { visitorId: 'friend-phone' }))?.status).toBe('valid');
    // Without a visitor id (or with an undefined one) there is nothing to compare.
    expect((await backend.offer(code))?.status).toBe('valid');
    expect((await backend.offer(code, { visitorId: undefined }))?.status).toBe('valid');
    expect(await backend.offer('UNKNOWN-1', { visitorId: 'anna-laptop' })).toBeNull();
  });

  it("knows the advocate's device from their referral() call: offer and claim are self-referrals", async () => {
    const backend = memoryBackend();
    const { code } = await backend.referral({ id: 'c1' }, { visitorId: 'anna-phone' });
    expect((await backend.offer(code, { visitorId: 'anna-phone' }))?.status).toBe('self-referral');
    const claimed = await backend.claim(code, {
      email: 'other@example.com',
      visitorId: 'anna-phone',
    });
    expect(claimed.status).toBe('self-referral');
    expect((await backend.offer(code, { visitorId: 'friend-phone' }))?.status).toBe('valid');
    await expect(backend.referral({ id: 'c1' }, { visitorId: 'v'.repeat(129) })).rejects.toThrow(
      /visitorId/,
    );
  });

  it.each([
    ['empty', ''],
    ['too long', 'v'.repeat(129)],
  ])('refuses a %s visitorId with a ContractError naming it', async (_case, visitorId) => {
    const backend = memoryBackend({ advocates: [{ id: 'c1' }] });
    const { code } = await backend.referral({ id: 'c1' });
    const error = await backend.offer(code, { visitorId }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).message).toMatch(
      /^GET \/v1\/referrals\/:code request: visitorId: /,
    );
  });
});

describe('memoryBackend claims', () => {
  const setup = async () => {
    const backend = memoryBackend({
      advocates: [{ id: 'c1', email: 'anna@example.com', name: 'Anna' }],
    });
    const { code } = await backend.referral({ id: 'c1' });
    return { backend, code };
  };

  it('gives a coupon per claim, the same one for a repeated claim', async () => {
    const { backend, code } = await setup();
    const first = await backend.claim(code, { email: 'bo@example.com', visitorId: 'v2' });
    const again = await backend.claim(code, { email: 'BO@example.com', visitorId: 'v3' });
    const other = await backend.claim(code, { email: 'cy@example.com', visitorId: 'v4' });
    expect(first.status).toBe('claimed');
    expect(first.coupon?.code).toMatch(new RegExp(`^${code}-`));
    expect(again.coupon).toEqual(first.coupon);
    expect(other.coupon?.code).not.toBe(first.coupon?.code);
    expect(backend.inspect().claims).toHaveLength(2);
  });

  it('detects self-referral by email and by the advocate’s own visitor id', async () => {
    const { backend, code } = await setup();
    expect(await backend.claim(code, { email: 'Anna@Example.com', visitorId: 'v9' })).toEqual({
      status: 'self-referral',
      reward: { kind: 'percent', value: 20 },
    });
    await backend.send([{ ...impression('e1'), visitorId: 'anna-laptop', advocateId: 'c1' }]);
    const sneaky = await backend.claim(code, {
      email: 'other@example.com',
      visitorId: 'anna-laptop',
    });
    expect(sneaky.status).toBe('self-referral');
    expect(sneaky.coupon).toBeUndefined();
  });

  it('answers an unknown code with a 404 TransportError, as over HTTP', async () => {
    const { backend } = await setup();
    const error = await backend
      .claim('NOPE-1', { email: 'bo@example.com', visitorId: 'v2' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ status: 404, code: 'unknown-code' });
  });
});

describe('memoryBackend events and stats', () => {
  it('stores each event id once and acknowledges duplicates', async () => {
    const backend = memoryBackend();
    expect(await backend.send([impression('e1'), impression('e2')])).toEqual({
      accepted: ['e1', 'e2'],
      duplicates: [],
    });
    expect(await backend.send([impression('e2'), impression('e3')])).toEqual({
      accepted: ['e3'],
      duplicates: ['e2'],
    });
    expect(backend.inspect().events.map((event) => event.id)).toEqual(['e1', 'e2', 'e3']);
  });

  it('adds up drop reports and validates batches', async () => {
    const backend = memoryBackend();
    await backend.send([impression('e1')], { overflow: 2, expired: 1, corrupt: 0 });
    await backend.send([impression('e2')], { overflow: 1, expired: 0, corrupt: 3, rejected: 1 });
    expect(backend.inspect().dropped).toEqual({ overflow: 3, expired: 1, corrupt: 3, rejected: 1 });
    await expect(backend.send([])).rejects.toBeInstanceOf(ContractError);
    await expect(
      backend.send([{ ...impression('e3'), type: 'teleport' } as unknown as GrapevineEvent]),
    ).rejects.toThrow('events[0].type');
  });

  it('moves stats as clicks, claims and purchases arrive', async () => {
    let now = 100 * DAY;
    const backend = memoryBackend({
      advocates: [{ id: 'c1', name: 'Anna' }],
      offer: {
        friend: { kind: 'percent', value: 20 },
        advocate: { kind: 'amount', value: 10, currency: 'EUR' },
      },
      now: () => now,
    });
    const { code } = await backend.referral({ id: 'c1' });
    expect(await backend.stats({ id: 'c1' })).toEqual({
      clicks: 0,
      claims: 0,
      conversions: 0,
      rewardsEarned: 0,
      rewardsPending: 0,
    });
    const captured = (id: string, visitorId: string): GrapevineEvent => ({
      type: 'referral-captured',
      id,
      at: now,
      visitorId,
      code,
    });
    await backend.send([captured('r1', 'v1'), captured('r2', 'v1'), captured('r3', 'v2')]);
    await backend.claim(code, { email: 'bo@example.com', visitorId: 'v1' });
    await backend.send([
      purchase('p1', code, now - 20 * DAY),
      purchase('p2', code, now - DAY),
      purchase('p3', 'OTHER-1', now),
    ]);
    expect(await backend.stats({ id: 'c1' })).toEqual({
      clicks: 2,
      claims: 1,
      conversions: 2,
      rewardsEarned: 10,
      rewardsPending: 10,
      currency: 'EUR',
    });
    now += 14 * DAY;
    expect((await backend.stats({ id: 'c1' })).rewardsEarned).toBe(20);
    expect(await backend.stats({ id: 'nobody' })).toMatchObject({ clicks: 0, conversions: 0 });
  });

  it('pays percent rewards on the order total', async () => {
    const backend = memoryBackend({ advocates: [{ id: 'c1' }], now: () => 0 });
    const { code } = await backend.referral({ id: 'c1' });
    await backend.send([purchase('p1', code, 0, 80)]);
    expect(await backend.stats({ id: 'c1' })).toMatchObject({
      rewardsPending: 16,
      currency: 'EUR',
    });
  });

  it('serves seeded campaigns as copies', async () => {
    const campaigns = [{ id: 'welcome' }];
    const backend = memoryBackend({ campaigns });
    const served = await backend.campaigns();
    expect(served).toEqual(campaigns);
    expect(served).not.toBe(campaigns);
  });
});
