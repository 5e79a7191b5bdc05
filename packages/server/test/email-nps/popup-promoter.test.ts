// A promoter answer in a pop-up files the customer's skipped referral email again: once per
// (flow, order), with two server processes on one database and answers arriving twice.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { applyOrderFact } from '../../src/orders/apply-fact.js';
import { saveCampaigns } from '../../src/services/campaigns.js';
import { type MailCatcher, startMailCatcher } from '../fakes/smtp-server.js';
import { databaseKinds } from '../helpers/database.js';
import { type Harness, manualClock, START } from '../helpers/harness.js';
import { twoProcesses } from '../helpers/processes.js';
import { mailSite, startMailHarness } from '../mail/helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const site = mailSite({
  referralEmail: { campaignId: 'refer', afterMs: DAY, withinMs: 30 * DAY },
});

describe.each(databaseKinds)('a pop-up promoter answer on %s', (kind) => {
  let processes: { a: Database; b: Database; close(): Promise<void> };
  let catcher: MailCatcher;
  const clock = manualClock();
  const servers: { h: Harness; close(): Promise<void> }[] = [];
  let a: Harness;
  let b: Harness;

  beforeAll(async () => {
    processes = await twoProcesses(kind);
    catcher = await startMailCatcher();
    for (const db of [processes.a, processes.b]) {
      servers.push(await startMailHarness(db, site, { clock, catcher }));
    }
    [a, b] = servers.map((server) => server.h) as [Harness, Harness];
    await saveCampaigns(
      processes.a,
      site.siteKey,
      [
        { id: 'nps', kind: 'nps', triggers: ['purchase'] },
        {
          id: 'refer',
          kind: 'referral',
          triggers: ['purchase'],
          requires: { campaign: 'nps', npsSegment: ['promoter'] },
        },
      ],
      START,
    );
  }, 120_000);
  afterAll(async () => {
    for (const server of servers) await server.close();
    await catcher?.close();
    await processes?.close();
  });

  const answer = (id: string, visitorId: string, score: number, extra: object = {}) => ({
    events: [
      {
        id,
        type: 'nps-answer',
        at: clock.now(),
        visitorId,
        campaignId: 'nps',
        variantId: 'default',
        score,
        segment: score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor',
        kind: 'transactional',
        ...extra,
      },
    ],
  });
  const ask = async (orderId: string) =>
    (
      await processes.a.query<{ status: string; reason: string | null }>(
        `select status, reason from email_asks where flow = 'referral' and order_id = $1`,
        [orderId],
      )
    )[0];
  const ticks = async () => {
    for (let round = 0; round < 4; round++) await Promise.all([a.tick(), b.tick()]);
  };

  it('queues the skipped referral email once, for the customer’s browsers only', async () => {
    await applyOrderFact(a.ctx, site, {
      kind: 'order',
      source: 'api',
      orderId: 'o-eve',
      total: { minor: 4200, currency: 'EUR' },
      customerId: 'c-eve',
      email: 'eve@example.com',
      visitorId: 'v-eve-laptop',
      discountCodes: [],
      createdAt: clock.now(),
    });
    clock.advance(DAY);
    await ticks();
    expect(await ask('o-eve')).toEqual({ status: 'skipped', reason: 'REQUIRES_UNMET' });

    // A stranger's browser claiming to be c-eve (an unsigned advocateId), and a promoter answer
    // from her phone before it is known as hers, change nothing.
    const stranger = answer('ans-stranger', 'v-stranger', 10, { advocateId: 'c-eve' });
    expect((await a.call('/v1/events', { body: stranger })).status).toBe(200);
    expect(
      (await a.call('/v1/events', { body: answer('ans-phone-0', 'v-eve-phone', 10) })).status,
    ).toBe(200);
    await ticks();
    expect(await ask('o-eve')).toEqual({ status: 'skipped', reason: 'REQUIRES_UNMET' });

    // The widget on her phone, identified (signed), fetches her ledger: the phone is hers.
    const signed = a.advocate({ id: 'c-eve' }, clock.now());
    const ledger = await b.call('/v1/advocates/me/ledger?visitorId=v-eve-phone', {
      headers: { 'X-Grapevine-Advocate': encodeURIComponent(JSON.stringify(signed)) },
    });
    expect(ledger.status).toBe(200);

    // Promoter answers from her phone, on both processes at once, one of them twice.
    const sent = await Promise.all([
      a.call('/v1/events', { body: answer('ans-phone-1', 'v-eve-phone', 10) }),
      b.call('/v1/events', { body: answer('ans-phone-2', 'v-eve-phone', 9) }),
      b.call('/v1/events', { body: answer('ans-phone-1', 'v-eve-phone', 10) }),
      a.call('/v1/events', { body: answer('ans-laptop', 'v-eve-laptop', 9) }),
    ]);
    expect(sent.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    await ticks();
    const [mail] = await catcher.waitFor(1);
    expect(mail?.to).toBe('eve@example.com');
    expect(mail?.text).toMatch(/\?ref=[A-Z0-9]+/);
    expect(await ask('o-eve')).toMatchObject({ status: 'sent' });
    // A later promoter answer finds nothing skipped: no second email.
    clock.advance(DAY);
    expect(
      (await b.call('/v1/events', { body: answer('ans-phone-3', 'v-eve-phone', 10) })).status,
    ).toBe(200);
    await ticks();
    expect(catcher.messages).toHaveLength(1);
  });
});
