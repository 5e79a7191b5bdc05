// Referral emails through the real mail layer (SMTP to a listener on 127.0.0.1): promoters
// only when the campaign requires it, new vs loyal copy, the subject line A/B and its results.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { subjectVariant } from '../../src/email-nps/referral-email.js';
import { applyOrderFact } from '../../src/orders/apply-fact.js';
import { basicAuth } from '../admin/session.js';
import type { MailCatcher } from '../fakes/smtp-server.js';
import { databaseKinds } from '../helpers/database.js';
import type { Harness } from '../helpers/harness.js';
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
  referralEmail: { campaignId: 'refer', afterMs: DAY, withinMs: 30 * DAY },
});

describe.each(databaseKinds)('referral emails on %s', (kind) => {
  let db: Database;
  let catcher: MailCatcher;
  let h: Harness;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, h, catcher, close } = await openMailServer(kind, site, [
      { id: 'nps', kind: 'nps', triggers: ['purchase'] },
      {
        id: 'refer',
        kind: 'referral',
        triggers: ['purchase'],
        requires: { campaign: 'nps', npsSegment: ['promoter'] },
        frequency: { oncePerTrigger: true },
      },
    ]));
  }, 120_000);
  afterAll(() => close?.());

  const order = (orderId: string) =>
    applyOrderFact(h.ctx, site, {
      kind: 'order',
      source: 'api',
      orderId,
      total: { minor: 4200, currency: 'EUR' },
      customerId: 'c-ada',
      email: 'ada@example.com',
      discountCodes: [],
      createdAt: h.clock.now(),
    });
  const ticks = async () => {
    for (let round = 0; round < 4; round++) await h.tick();
  };
  const ask = async (orderId: string) =>
    (
      await db.query<{ status: string; reason: string | null; variant_id: string }>(
        `select status, reason, variant_id from email_asks where flow = 'referral' and order_id = $1`,
        [orderId],
      )
    )[0];
  const variant = subjectVariant('id:c-ada', 'refer');
  const subject =
    variant === 'a' ? 'Give 20% off, get €10 off' : 'Know someone who would like Nordic Socks?';

  it('asks only a promoter: skipped before the answer, sent once they click 10', async () => {
    await order('r-1');
    h.clock.advance(DAY);
    await ticks();
    expect(catcher.messages).toHaveLength(0);
    expect(await ask('r-1')).toMatchObject({ status: 'skipped', reason: 'REQUIRES_UNMET' });
    h.clock.advance(13 * DAY);
    await ticks();
    const [survey] = await catcher.waitFor(1);
    const ten = /href="(https:\/\/grapevine\.shop\.example\/email\/nps\/[^"]+)"/g;
    const links = [...(survey?.html ?? '').matchAll(ten)].map((m) =>
      (m[1] ?? '').replace(PUBLIC_URL, h.url),
    );
    expect((await fetch(links[10] ?? '')).status).toBe(200);
    await ticks();
    const [, referral] = await catcher.waitFor(2);
    expect(referral?.subject).toBe(subject);
    expect(referral?.text).toContain('Thanks for your first order!');
    expect(referral?.text).toContain(
      'Your friend gets 20% off on their first order. You get €10 off when they buy.',
    );
    expect(referral?.text).toMatch(/Your personal link: https:\/\/shop\.example\/\?ref=[A-Z0-9]+/);
    expect(referral?.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(await ask('r-1')).toMatchObject({ status: 'sent', variant_id: variant });
    await ticks();
    expect(catcher.messages).toHaveLength(2);
  });

  it('words it for a loyal customer on the next order, and counts what followed per subject', async () => {
    await order('r-2');
    h.clock.advance(DAY);
    await ticks();
    const [, , loyal] = await catcher.waitFor(3);
    expect(loyal?.subject).toBe(subject);
    expect(loyal?.text).toContain('Thanks for shopping with us again');
    const code = /\?ref=([A-Z0-9]+)/.exec(loyal?.text ?? '')?.[1] ?? '';
    // A friend arrives through the link and claims the offer.
    const events = await h.call('/v1/events', {
      body: {
        events: [
          {
            id: 'cap-1',
            type: 'referral-captured',
            at: h.clock.now(),
            visitorId: 'friend-1',
            code,
          },
        ],
      },
    });
    expect(events.status).toBe(200);
    const claim = await h.call(`/v1/referrals/${code}/claims`, {
      body: { email: 'friend@example.net', visitorId: 'friend-1' },
    });
    expect(claim.status).toBe(200);
    const page = await fetch(`${h.url}/admin/channels?site=${site.siteKey}`, {
      headers: { authorization: basicAuth() },
    });
    const text = (await page.text()).replace(/\s+/g, ' ');
    const cells =
      new RegExp(`<th scope="row">${variant}</th>((?:<td class="num">[^<]*</td>){4})`).exec(
        text,
      )?.[1] ?? '';
    // Two emails; one arrival and one claim after them, each counted once.
    expect([...cells.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1])).toEqual([
      '2',
      '1',
      '1',
      '0',
    ]);
  });
});
