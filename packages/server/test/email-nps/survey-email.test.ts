// NPS by email through the real mail layer: SMTP to a listener on 127.0.0.1, the message
// parsed, its score links followed to the hosted page.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { suppress } from '../../src/mail/suppressions.js';
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
    locale: 'da',
  },
});

describe.each(databaseKinds)('the NPS email on %s', (kind) => {
  let db: Database;
  let catcher: MailCatcher;
  let h: Harness;
  let close: () => Promise<void>;
  let serial = 0;

  beforeAll(async () => {
    ({ db, h, catcher, close } = await openMailServer(kind, site, [
      { id: 'nps', kind: 'nps', promoterToReferral: true, triggers: ['purchase'] },
    ]));
  }, 120_000);
  afterAll(() => close?.());
  beforeEach(() => {
    catcher.messages.length = 0;
  });

  const order = async (email: string) => {
    const orderId = `o-${++serial}`;
    await applyOrderFact(h.ctx, site, {
      kind: 'order',
      source: 'api',
      orderId,
      total: { minor: 4200, currency: 'DKK' },
      customerId: `c-${serial}`,
      email,
      discountCodes: [],
      createdAt: h.clock.now(),
    });
    return orderId;
  };
  const tickUntilQuiet = async () => {
    for (let round = 0; round < 4; round++) await h.tick();
  };
  /** The message's links to this server, rewritten from the public URL to the test's. */
  const scoreLinks = (html: string) =>
    [...html.matchAll(/href="(https:\/\/grapevine\.shop\.example\/email\/nps\/[^"]+)"/g)].map(
      (match) => (match[1] ?? '').replace(PUBLIC_URL, h.url),
    );

  it('arrives 14 days after the order, in Danish, with eleven labelled score links in both parts', async () => {
    const orderId = await order('Ana.Berg@Example.com');
    await tickUntilQuiet();
    expect(catcher.messages).toHaveLength(0);
    h.clock.advance(14 * DAY);
    await tickUntilQuiet();
    const [mail] = await catcher.waitFor(1);
    expect(catcher.messages).toHaveLength(1);
    expect(mail?.envelope.to).toEqual(['Ana.Berg@example.com']);
    expect(mail?.subject).toBe('Hvordan var din ordre fra Nordic Socks?');
    expect(mail?.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const links = scoreLinks(mail?.html ?? '');
    expect(links).toHaveLength(11);
    for (const score of [0, 5, 10]) {
      expect(mail?.html).toContain(`aria-label="${score} ud af 10"`);
      expect(mail?.text).toMatch(
        new RegExp(`${score} ud af 10: https://grapevine\\.shop\\.example/email/nps/v1\\.`),
      );
    }
    expect(mail?.text).toContain('0 = slet ikke sandsynligt · 10 = meget sandsynligt');
    expect(mail?.html).not.toMatch(/<img[^>]+(track|pixel|open)/i);

    // Clicking 9, then 10: one answer, 10; the page opens each time.
    expect((await fetch(links[9] ?? '')).status).toBe(200);
    expect((await fetch(links[10] ?? '')).status).toBe(200);
    const answers = await db.query<{ score: number; channel: string }>(
      'select score, channel from nps_answers where order_id = $1',
      [orderId],
    );
    expect(answers).toEqual([{ score: 10, channel: 'email' }]);
    const [ask] = await db.query<{ status: string; clicked: boolean }>(
      `select status, clicked_at is not null as clicked from email_asks where order_id = $1`,
      [orderId],
    );
    expect(ask).toEqual({ status: 'sent', clicked: true });
  });

  it('sends nothing to an address that unsubscribed from asks, and files why', async () => {
    const orderId = await order('bo@example.com');
    await suppress(
      db,
      site.siteKey,
      'Bo@Example.com',
      { scope: 'marketing', reason: 'unsubscribe' },
      h.clock.now(),
    );
    h.clock.advance(14 * DAY);
    await tickUntilQuiet();
    expect(catcher.messages).toHaveLength(0);
    const [ask] = await db.query<{ status: string; reason: string }>(
      'select status, reason from email_asks where order_id = $1',
      [orderId],
    );
    expect(ask).toEqual({ status: 'skipped', reason: 'suppressed' });
  });

  it('counts each channel exactly, and says per customer why an email was or was not sent', async () => {
    // The two tests above: one survey sent and clicked (answered 10), one skipped (suppressed).
    const popup = (fields: object) => ({
      at: h.clock.now(),
      visitorId: 'v-popup',
      campaignId: 'nps',
      variantId: 'default',
      ...fields,
    });
    const sent = await h.call('/v1/events', {
      body: {
        events: [
          popup({ id: 'p1', type: 'impression' }),
          popup({ id: 'p2', type: 'impression' }),
          popup({ id: 'p2', type: 'impression' }),
          popup({ id: 'p3', type: 'impression', campaignId: 'not-nps' }),
          popup({ id: 'p4', type: 'nps-answer', score: 8, segment: 'passive', kind: 'relational' }),
          popup({ id: 'p5', type: 'share', channel: 'whatsapp', code: 'NOPE' }),
        ],
      },
    });
    expect(sent.status).toBe(200);
    const page = await fetch(`${h.url}/admin/channels?site=${site.siteKey}`, {
      headers: { authorization: basicAuth() },
    });
    expect(page.status).toBe(200);
    const text = (await page.text()).replace(/\s+/g, ' ');
    const row = (label: string) => {
      const cells =
        new RegExp(`<th scope="row">${label}</th>((?:<td class="num">[^<]*</td>){5})`).exec(
          text,
        )?.[1] ?? '';
      return [...cells.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((cell) => cell[1]);
    };
    expect(row('Pop-up')).toEqual(['2', '–', '1', '1', '0']);
    expect(row('Email')).toEqual(['1', '1', '1', '0', '0']);
    expect(text).toContain('<code>suppressed</code>');
    const one = await fetch(`${h.url}/admin/channels?site=${site.siteKey}&customer=id%3Ac-2`, {
      headers: { authorization: basicAuth() },
    });
    const oneText = await one.text();
    expect(oneText).toContain('<code>id:c-2</code>');
    expect(oneText).toContain('suppressed');
    expect(oneText).not.toContain('<code>o-1</code>');
  });
});
