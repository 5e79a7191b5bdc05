// The customer's language (issue #15): the NPS email arrives in the real SMTP listener in the
// language the order's source gave (the orders API's `locale`), else the one the widget
// reported with the purchase, else the site's; delivered through the orders API.
import { grapevineServerClient } from '@grapevine/adapter/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { advocateMailLocale } from '../../src/email-nps/customer-locale.js';
import { applyOrderFact } from '../../src/orders/apply-fact.js';
import { basicAuth } from '../admin/session.js';
import type { MailCatcher } from '../fakes/smtp-server.js';
import { databaseKinds } from '../helpers/database.js';
import { type Harness, START } from '../helpers/harness.js';
import { MAIL_SETTINGS, mailSite, openMailServer, PUBLIC_URL } from '../mail/helpers.js';

vi.setConfig({ testTimeout: 30_000 });

const API_SECRET = 'api-secret-for-tests-0123456789abcdef';
const site = mailSite({
  apiSecret: API_SECRET,
  email: { ...MAIL_SETTINGS, locale: 'da' },
  npsEmail: {
    campaignId: 'nps',
    from: 'delivery',
    assumeDeliveredAfterMs: 7 * DAY,
    afterMs: 14 * DAY,
    withinMs: 180 * DAY,
    linkValidMs: 30 * DAY,
  },
});

describe.each(databaseKinds)("the customer's language on %s", (kind) => {
  let db: Database;
  let catcher: MailCatcher;
  let h: Harness;
  let close: () => Promise<void>;
  let serial = 0;

  beforeAll(async () => {
    ({ db, h, catcher, close } = await openMailServer(kind, site, [
      { id: 'nps', kind: 'nps', triggers: ['purchase'] },
    ]));
  }, 120_000);
  afterAll(() => close?.());
  beforeEach(() => {
    catcher.messages.length = 0;
  });

  const client = (apiSecret = API_SECRET) =>
    grapevineServerClient({
      endpoint: h.url,
      siteKey: site.siteKey,
      apiSecret,
      now: () => h.clock.now(),
    });
  /** An order through the orders API, delivered a day later; the survey's email once due. */
  const surveyOf = async (
    locale: string | undefined,
    before?: (orderId: string) => Promise<void>,
  ) => {
    const orderId = `lang-${++serial}`;
    await before?.(orderId);
    const placed = h.clock.now();
    await client().order({
      orderId,
      total: '42.00',
      currency: 'EUR',
      customerId: `c-${orderId}`,
      email: `${orderId}@example.com`,
      visitorId: `v-${orderId}`,
      ...(locale ? { locale } : {}),
    });
    h.clock.set(placed + DAY);
    expect(await client().delivered(orderId)).toMatchObject({ outcome: 'recorded', orderId });
    expect(await client().delivered(orderId)).toMatchObject({ outcome: 'duplicate' });
    h.clock.set(placed + 15 * DAY - 1);
    for (let round = 0; round < 3; round++) await h.tick();
    expect(catcher.messages).toHaveLength(0);
    h.clock.set(placed + 15 * DAY);
    for (let round = 0; round < 3; round++) await h.tick();
    const [mail] = await catcher.waitFor(1);
    expect(mail?.envelope.to).toEqual([`${orderId}@example.com`]);
    return mail;
  };

  it("the order's locale (ja-JP) → Japanese, 14 days after the delivery; its score links open the page in Japanese", async () => {
    const mail = await surveyOf('ja-JP');
    expect(mail?.subject).toBe('Nordic Socksでのご注文はいかがでしたか？');
    const link = /href="(https:\/\/grapevine\.shop\.example\/email\/nps\/[^"]+)"/.exec(
      mail?.html ?? '',
    )?.[1];
    expect(link).toMatch(/\?lang=ja$/);
    const page = await fetch((link ?? '').replace(PUBLIC_URL, h.url));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="ja"');
  });

  it('a language without a catalog (fr-FR) → the site’s (Danish), links without a lang', async () => {
    const mail = await surveyOf('fr-FR');
    expect(mail?.subject).toBe('Hvordan var din ordre fra Nordic Socks?');
    expect(mail?.html).not.toContain('?lang=');
  });

  it('a regional tag uses its language (nb-NO → Norwegian)', async () => {
    const mail = await surveyOf('nb-NO');
    expect(mail?.subject).toBe('Hvordan var bestillingen din fra Nordic Socks?');
  });

  it('no locale from the shop: the one the widget reported with the purchase (fi)', async () => {
    const mail = await surveyOf(undefined, async (orderId) => {
      const response = await h.call('/v1/events', {
        body: {
          events: [
            {
              id: `purchase-${orderId}`,
              type: 'purchase',
              at: h.clock.now(),
              visitorId: `v-${orderId}`,
              orderId,
              total: 42,
              currency: 'EUR',
              locale: 'fi-FI',
            },
          ],
        },
        headers: { Origin: 'https://shop.example' },
      });
      expect(response.status).toBe(200);
    });
    expect(mail?.subject).toBe('Millainen oli tilauksesi Nordic Socks-kaupasta?');
  });

  it('a delivery signed with another secret is refused and changes nothing', async () => {
    await expect(
      client('not-the-api-secret-0123456789abcdef').delivered('lang-1'),
    ).rejects.toMatchObject({
      status: 401,
    });
  });

  it("the dashboard's asks of a customer show the delivery date and when the survey is due", async () => {
    const page = await fetch(
      `${h.url}/admin/channels?site=${site.siteKey}&customer=id%3Ac-lang-1`,
      {
        headers: { authorization: basicAuth() },
      },
    );
    expect(page.status).toBe(200);
    const text = (await page.text()).replace(/\s+/g, ' ');
    const day = (offset: number) =>
      `${new Date(START + offset).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    expect(text).toContain('<th>Delivered</th><th>Due</th>');
    expect(text).toContain(
      `<td>${day(DAY)}</td><td>${day(15 * DAY)} <span class="sub">after the delivery</span></td>`,
    );
  });

  it("a friend's coupon email in the language their browser asks for (Accept-Language)", async () => {
    const referral = await h.call('/v1/referrals', {
      body: { advocate: h.advocate({ id: 'adv-fi', email: 'adv-fi@example.com' }) },
    });
    const { code } = (await referral.json()) as { code: string };
    const claim = await h.call(`/v1/referrals/${code}/claims`, {
      body: { email: 'ystava@example.com', visitorId: 'v-ystava' },
      headers: { 'Accept-Language': 'fr-FR,fi;q=0.9,en;q=0.8' },
    });
    expect(claim.status).toBe(200);
    for (let round = 0; round < 3; round++) await h.tick();
    const [mail] = await catcher.waitFor(1);
    expect(mail?.envelope.to).toEqual(['ystava@example.com']);
    expect(mail?.html).toMatch(/<html[^>]* lang="fi"/);
    const [row] = await db.query<{ locale: string }>(
      `select locale from emails where flow = 'friend-coupon' and to_address = 'ystava@example.com'`,
    );
    expect(row).toEqual({ locale: 'fi' });
  });

  it("an advocate's notices use the language of their latest order with one", async () => {
    await db.query(
      `insert into referrals (code, site_key, advocate_key, advocate_id, email_norm, created_at)
       values ('ADV-LANG', $1, 'id:c-lang-1', 'c-lang-1', null, now())`,
      [site.siteKey],
    );
    expect(await advocateMailLocale(db, site.siteKey, 'ADV-LANG', 'da')).toBe('ja');
    expect(await advocateMailLocale(db, site.siteKey, 'UNKNOWN', 'da')).toBe('da');
  });
});

describe.each(databaseKinds)("the referral email in the customer's language on %s", (kind) => {
  const referralSite = mailSite({
    siteKey: 'shop-referral-lang',
    email: { ...MAIL_SETTINGS, locale: 'da' },
    referralEmail: { campaignId: 'refer', afterMs: DAY, withinMs: 30 * DAY },
  });
  let db: Database;
  let catcher: MailCatcher;
  let h: Harness;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, h, catcher, close } = await openMailServer(kind, referralSite, [
      { id: 'refer', kind: 'referral', triggers: ['purchase'] },
    ]));
  }, 120_000);
  afterAll(() => close?.());

  it('is written in the order’s language (ja) a day after the order', async () => {
    await applyOrderFact(h.ctx, referralSite, {
      kind: 'order',
      source: 'shopify',
      orderId: 'ref-ja',
      total: { minor: 4200, currency: 'EUR' },
      customerId: 'c-ref-ja',
      email: 'ref-ja@example.com',
      discountCodes: [],
      createdAt: h.clock.now(),
      locale: 'ja-JP',
    });
    h.clock.advance(DAY);
    for (let round = 0; round < 3; round++) await h.tick();
    const [mail] = await catcher.waitFor(1);
    expect(mail?.envelope.to).toEqual(['ref-ja@example.com']);
    expect(mail?.html).toMatch(/<html[^>]* lang="ja"/);
    const [row] = await db.query<{ locale: string }>(
      `select locale from emails where flow = 'referral' and to_address = 'ref-ja@example.com'`,
    );
    expect(row).toEqual({ locale: 'ja' });
  });
});
