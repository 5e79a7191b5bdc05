// GET /v1/advocates/me/ledger: the signed customer's entries from other channels and devices,
// built by the server's real email flow (order → NPS email over SMTP → a click on a score).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY, MINUTE } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { suppress } from '../../src/mail/suppressions.js';
import { applyOrderFact } from '../../src/orders/apply-fact.js';
import type { MailCatcher } from '../fakes/smtp-server.js';
import { databaseKinds } from '../helpers/database.js';
import type { Harness } from '../helpers/harness.js';
import { signSync, signV1 } from '../helpers/sign.js';
import { mailSite, openMailServer, PUBLIC_URL } from '../mail/helpers.js';

vi.setConfig({ testTimeout: 30_000 });

const site = mailSite({
  npsEmail: {
    campaignId: 'nps',
    from: 'order',
    assumeDeliveredAfterMs: 7 * DAY,
    afterMs: 14 * DAY,
    withinMs: 180 * DAY,
    linkValidMs: 30 * DAY,
  },
});
const PATH = '/v1/advocates/me/ledger';
const header = (advocate: object) => ({
  'X-Grapevine-Advocate': encodeURIComponent(JSON.stringify(advocate)),
});

describe.each(databaseKinds)('GET /v1/advocates/me/ledger on %s', (kind) => {
  let db: Database;
  let catcher: MailCatcher;
  let h: Harness;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, h, catcher, close } = await openMailServer(kind, site, [
      { id: 'nps', kind: 'nps', triggers: ['purchase'] },
    ]));
  }, 120_000);
  afterAll(() => close?.());

  const ledger = (advocate: object, query = '') =>
    h.call(`${PATH}${query}`, { headers: header(advocate) });
  const entriesOf = async (advocate: object, query = '') => {
    const response = await ledger(advocate, query);
    expect(response.status).toBe(200);
    return (await response.json()).entries as Record<string, unknown>[];
  };
  const order = (orderId: string, customerId: string, email: string) =>
    applyOrderFact(h.ctx, site, {
      kind: 'order',
      source: 'api',
      orderId,
      total: { minor: 4200, currency: 'EUR' },
      customerId,
      email,
      discountCodes: [],
      createdAt: h.clock.now(),
    });

  it('is empty for a customer the server knows nothing of', async () => {
    expect(await entriesOf(h.advocate({ id: 'c-nobody' }))).toEqual([]);
  });

  it('gives the emailed survey as an impression, then the answer given through its link', async () => {
    await order('o-1', 'c-ada', 'Ada@Example.com');
    await order('o-other', 'c-bob', 'bob@example.com');
    h.clock.advance(14 * DAY);
    // The survey jobs queue the emails; later rounds send them (more rounds on a busy machine).
    for (let round = 0; round < 20 && catcher.messages.length < 2; round++) await h.tick();
    const mails = await catcher.waitFor(2);
    const sentAt = h.clock.now();
    const entries = await entriesOf(h.advocate({ id: 'c-ada' }));
    // Bob's survey is not Ada's business.
    expect(entries).toEqual([
      {
        id: 'email:nps:o-1',
        type: 'impression',
        at: sentAt,
        campaignId: 'nps',
        variantId: 'default',
        triggerKey: 'o-1',
        channel: 'email',
      },
    ]);
    const adas = mails.find((mail) => /ada@example\.com/i.test(mail.envelope.to.join()));
    expect(adas).toBeDefined();
    const links = [...(adas?.html ?? '').matchAll(/href="(https:\/\/[^"]+\/email\/nps\/[^"]+)"/g)];
    h.clock.advance(MINUTE);
    const nine = (links[9]?.[1] ?? '').replace(PUBLIC_URL, h.url);
    expect((await fetch(nine)).status).toBe(200);
    const after = await entriesOf(h.advocate({ id: 'c-ada' }));
    expect(after[0]).toEqual({
      id: 'email-answer:nps:o-1',
      type: 'nps',
      at: sentAt + MINUTE,
      campaignId: 'nps',
      variantId: 'default',
      score: 9,
      channel: 'email',
    });
    expect(after).toHaveLength(2);
    // No email address, no order detail beyond the trigger key, in any entry.
    expect(JSON.stringify(after)).not.toMatch(/@|example\.com/i);
  });

  it('maps an email unsubscribe (not a bounce) of an address the customer was asked at to a global opt-out', async () => {
    await suppress(
      db,
      site.siteKey,
      'bob@example.com',
      { scope: 'all', reason: 'bounce' },
      h.clock.now(),
    );
    expect((await entriesOf(h.advocate({ id: 'c-bob' }))).map((e) => e.type)).toEqual([
      'impression',
    ]);
    h.clock.advance(MINUTE);
    await suppress(
      db,
      site.siteKey,
      ' ADA@example.com',
      { scope: 'marketing', reason: 'unsubscribe' },
      h.clock.now(),
    );
    const [latest] = await entriesOf(h.advocate({ id: 'c-ada' }));
    expect(latest).toEqual({
      id: `email-unsubscribe:${h.clock.now()}`,
      type: 'global-opt-out',
      at: h.clock.now(),
      channel: 'email',
    });
    // The signed email counts too, for a customer never asked at it.
    expect((await entriesOf(h.advocate({ id: 'c-new', email: 'ada@example.com' })))[0]?.type).toBe(
      'global-opt-out',
    );
  });

  it("remembers the asking browser as the customer's and gives it its other browsers' entries, not its own", async () => {
    const event = (id: string, visitorId: string, at: number) => ({
      id,
      type: 'dismiss',
      at,
      visitorId,
      campaignId: 'nps',
      variantId: 'default',
    });
    const now = h.clock.now();
    // An unsigned advocateId in an event does not make a browser the customer's.
    const forged = { ...event('forged-1', 'v-stranger', now), advocateId: 'c-ada' };
    const sent = await h.call('/v1/events', {
      body: {
        events: [event('phone-1', 'v-phone', now), event('laptop-1', 'v-laptop', now), forged],
      },
    });
    expect(sent.status).toBe(200);
    await entriesOf(h.advocate({ id: 'c-ada' }), '?visitorId=v-phone');
    const laptop = await entriesOf(h.advocate({ id: 'c-ada' }), '?visitorId=v-laptop');
    expect(laptop.map((e) => e.id)).toContain('phone-1');
    expect(laptop.map((e) => e.id)).not.toContain('laptop-1');
    expect(laptop.map((e) => e.id)).not.toContain('forged-1');
    const phone = await entriesOf(h.advocate({ id: 'c-ada' }), '?visitorId=v-phone');
    expect(phone.find((e) => e.id === 'laptop-1')).toEqual({
      id: 'laptop-1',
      type: 'dismiss',
      at: now,
      campaignId: 'nps',
      variantId: 'default',
    });
    expect(phone.map((e) => e.id)).not.toContain('phone-1');
  });

  it('answers the newest 100 entries, newest first', async () => {
    const start = h.clock.now();
    const events = Array.from({ length: 120 }, (_, index) => ({
      id: `many-${index}`,
      type: 'impression',
      at: start - (120 - index) * 1000,
      visitorId: 'v-tablet',
      campaignId: 'nps',
      variantId: 'default',
    }));
    for (const batch of [events.slice(0, 60), events.slice(60)]) {
      expect((await h.call('/v1/events', { body: { events: batch } })).status).toBe(200);
    }
    await entriesOf(h.advocate({ id: 'c-ada' }), '?visitorId=v-tablet');
    const entries = await entriesOf(h.advocate({ id: 'c-ada' }), '?visitorId=v-phone');
    expect(entries).toHaveLength(100);
    const times = entries.map((e) => e.at as number);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(entries.map((e) => e.id)).toContain('many-119');
    expect(entries.map((e) => e.id)).not.toContain('many-0');
  });

  // Headers are built lazily: the signature needs the harness clock.
  it.each([
    ['no header', () => ({}), '', 401],
    ['an unsigned advocate', () => header({ id: 'c-ada' }), '', 401],
    [
      'another id under c-bob’s signature',
      () => header({ ...h.advocate({ id: 'c-bob' }), id: 'c-ada' }),
      '',
      401,
    ],
    [
      'a signature 11 minutes old',
      () => header(h.advocate({ id: 'c-ada' }, h.clock.now() - 11 * MINUTE)),
      '',
      401,
    ],
    [
      'a signature from 2 minutes ahead',
      () => header(h.advocate({ id: 'c-ada' }, h.clock.now() + 2 * MINUTE)),
      '',
      401,
    ],
    [
      'a v1 signature',
      () => {
        const signedAt = h.clock.now();
        return header({
          id: 'c-ada',
          signedAt,
          signature: signV1(site.secret, { id: 'c-ada', signedAt }),
        });
      },
      '',
      401,
    ],
    [
      'a signature with the wrong secret',
      () => {
        const signedAt = h.clock.now();
        return header({
          id: 'c-ada',
          signedAt,
          signature: signSync('not-the-secret', { id: 'c-ada', signedAt }),
        });
      },
      '',
      401,
    ],
    ['a malformed header', () => ({ 'X-Grapevine-Advocate': '%7Bnope' }), '', 400],
    [
      'an oversized visitor id',
      () => header(h.advocate({ id: 'c-ada' })),
      `?visitorId=${'v'.repeat(129)}`,
      400,
    ],
  ])('refuses %s', async (_label, headers, query, status) => {
    const response = await h.call(`${PATH}${query}`, { headers: headers() });
    expect(response.status).toBe(status);
    expect(JSON.stringify(await response.json())).not.toContain('email:nps');
  });
});
