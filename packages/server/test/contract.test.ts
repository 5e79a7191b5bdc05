// The adapter's real `httpBackend` against the real server on 127.0.0.1: every answer is
// validated by the adapter's contract guards, so a drift on either side fails here.
import { httpBackend, isTransportError } from '@grapevine/adapter';
import { signAdvocate } from '@grapevine/adapter/server';
import type { GrapevineEvent } from '@grapevine/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../src/db/database.js';
import { applyOrderFact } from '../src/orders/apply-fact.js';
import { demoCampaigns } from '../src/seed/demo-campaigns.js';
import { saveCampaigns } from '../src/services/campaigns.js';
import { databaseKinds, testDatabase } from './helpers/database.js';
import { type Harness, startHarness } from './helpers/harness.js';

// A database suite shares two CPUs with every other suite in CI: slow is not wrong.
vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('httpBackend against the server on %s', (kind) => {
  let db: Database;
  let h: Harness;
  let backend: ReturnType<typeof httpBackend>;
  const sign = (customer: { id?: string; email?: string; name?: string }) =>
    signAdvocate(h.site.secret, customer, { now: h.clock.now() });

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db);
    await saveCampaigns(db, h.site.siteKey, demoCampaigns(h.site), h.clock.now());
    backend = httpBackend({ endpoint: h.url, siteKey: h.site.siteKey, retry: 0 });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  it('campaigns()', async () => {
    const campaigns = await backend.campaigns();
    expect(campaigns.map((c) => (c as { id: string }).id)).toEqual([
      'nps-after-purchase',
      'refer-a-friend',
      'friend-welcome',
    ]);
  });

  it('referral() → offer() → claim() → send(purchase) → the shop confirms → stats()', async () => {
    const advocate = await sign({ id: 'c_contract', email: 'zoe@example.com', name: 'Zoë Adams' });
    const referral = await backend.referral(advocate);
    expect(referral.url).toContain(referral.code);
    expect(await backend.referral(advocate)).toEqual(referral);

    expect(await backend.offer(referral.code)).toEqual({
      code: referral.code,
      status: 'valid',
      advocateName: 'Zoë',
      friend: h.site.offer.friend,
    });

    const claim = await backend.claim(referral.code, {
      email: 'friend@example.net',
      visitorId: 'friend-v',
    });
    expect(claim.status).toBe('claimed');

    const purchase: GrapevineEvent = {
      id: 'contract-purchase-1',
      type: 'purchase',
      at: h.clock.now(),
      visitorId: 'friend-v',
      orderId: 'contract-order-1',
      total: 50,
      currency: 'EUR',
      referralCode: referral.code,
    };
    expect(await backend.send([purchase])).toEqual({
      accepted: ['contract-purchase-1'],
      duplicates: [],
    });
    expect(await backend.send([purchase])).toEqual({
      accepted: [],
      duplicates: ['contract-purchase-1'],
    });

    // The browser's report alone credits nothing…
    expect(await backend.stats(advocate)).toMatchObject({ conversions: 0, rewardsPending: 0 });
    // …the shop's server confirming the order does (as the orders API or a webhook would).
    await applyOrderFact(h.ctx, h.site, {
      kind: 'order',
      source: 'api',
      orderId: 'contract-order-1',
      total: { minor: 5000, currency: 'EUR' },
      discountCodes: [],
      createdAt: h.clock.now(),
    });
    expect(await backend.stats(advocate)).toEqual({
      clicks: 0,
      claims: 1,
      conversions: 1,
      rewardsEarned: 0,
      rewardsPending: 10,
      currency: 'EUR',
    });
  });

  it("offer(code, { visitorId }) tells the advocate's own visitor that it is their link", async () => {
    const advocate = await sign({ id: 'c_self_contract', email: 'yan@example.com', name: 'Yan' });
    const { code } = await backend.referral(advocate);
    // An event's advocateId is unsigned: it does not make a visitor the advocate…
    const seen: GrapevineEvent = {
      id: 'contract-self-1',
      type: 'impression',
      at: h.clock.now(),
      visitorId: 'yan-laptop',
      advocateId: 'c_self_contract',
      campaignId: 'refer-a-friend',
      variantId: 'default',
    };
    await backend.send([seen]);
    expect((await backend.offer(code, { visitorId: 'yan-laptop' }))?.status).toBe('valid');
    // …a signed referral() that names the visitor (as the widget does) does.
    await backend.referral(advocate, { visitorId: 'yan-laptop' });
    expect((await backend.offer(code, { visitorId: 'yan-laptop' }))?.status).toBe('self-referral');
    expect((await backend.offer(code, { visitorId: 'friend-phone' }))?.status).toBe('valid');
    expect((await backend.offer(code))?.status).toBe('valid');
    // The visitor id travels as a query parameter, so characters that need encoding must survive.
    expect((await backend.offer(code, { visitorId: 'a friend/ä&b=c' }))?.status).toBe('valid');
    expect(await backend.offer('ZZZZZZZZZZZZZZ', { visitorId: 'yan-laptop' })).toBeNull();
  });

  it("claim() from the device the advocate's referral() named is a self-referral, no coupon", async () => {
    const advocate = await sign({ id: 'c_own_device', email: 'una@example.com', name: 'Una' });
    // The device is known only through this call: no event of it ever reached the server.
    const { code } = await backend.referral(advocate, { visitorId: 'una-tablet' });
    const own = await backend.claim(code, {
      email: 'una.other@example.net',
      visitorId: 'una-tablet',
    });
    expect(own).toEqual({ status: 'self-referral', reward: h.site.offer.friend });
    const friend = await backend.claim(code, { email: 'ola@example.net', visitorId: 'ola-phone' });
    expect(friend.status).toBe('claimed');
    const rows = await db.query<{ friend_visitor_id: string; status: string; coupon: string }>(
      'select friend_visitor_id, status, coupon from claims where code = $1 order by status',
      [code],
    );
    expect(rows).toEqual([
      { friend_visitor_id: 'ola-phone', status: 'claimed', coupon: expect.any(String) },
      { friend_visitor_id: 'una-tablet', status: 'self-referral', coupon: null },
    ]);
  });

  it('referral() refuses a malformed visitorId with a 400 TransportError', async () => {
    const advocate = await sign({ id: 'c_own_device' });
    const error = await backend
      .referral(advocate, { visitorId: 'v'.repeat(129) })
      .catch((reason: unknown) => reason);
    expect(isTransportError(error) && error.status).toBe(400);
  });

  it('offer() refuses a malformed visitorId with a 400 TransportError', async () => {
    const { code } = await backend.referral(await sign({ id: 'c_self_contract' }));
    const error = await backend
      .offer(code, { visitorId: 'v'.repeat(129) })
      .catch((reason: unknown) => reason);
    expect(isTransportError(error) && error.status).toBe(400);
  });

  it('offer() of an unknown code is null', async () => {
    expect(await backend.offer('ZZZZZZZZZZZZZZ')).toBeNull();
  });

  it.each([
    [
      'a forged advocate',
      async () => backend.referral({ ...(await sign({ id: 'c_1' })), id: 'c_2' }),
      401,
    ],
    ['stats of an unsigned advocate', () => backend.stats({ id: 'c_1' }), 401],
    [
      'a claim with a bad email',
      () => backend.claim('ZZZZZZZZZZZZZZ', { email: 'nope', visitorId: 'v' }),
      400,
    ],
    [
      'a claim for an unknown code',
      () => backend.claim('ZZZZZZZZZZZZZZ', { email: 'a@example.com', visitorId: 'v' }),
      404,
    ],
    [
      'an unknown site key',
      () => httpBackend({ endpoint: h.url, siteKey: 'nope', retry: 0 }).campaigns(),
      401,
    ],
  ])('rejects %s with a TransportError carrying the status', async (_label, call, status) => {
    const error = await call().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(isTransportError(error)).toBe(true);
    expect(isTransportError(error) && error.status).toBe(status);
  });
});
