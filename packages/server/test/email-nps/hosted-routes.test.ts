import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { signScoreToken } from '../../src/email-nps/score-token.js';
import { applyOrderFact } from '../../src/orders/apply-fact.js';
import { saveCampaigns } from '../../src/services/campaigns.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, START, startHarness, testSite } from '../helpers/harness.js';

vi.setConfig({ testTimeout: 30_000 });

const site = testSite({
  npsEmail: {
    campaignId: 'nps',
    from: 'order',
    assumeDeliveredAfterMs: 7 * DAY,
    afterMs: 14 * DAY,
    withinMs: 180 * DAY,
    linkValidMs: 30 * DAY,
    locale: 'en',
  },
});

describe.each(databaseKinds)('the hosted survey on %s', (kind) => {
  let db: Database;
  let h: Harness;
  let serial = 0;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, { site });
    await saveCampaigns(
      db,
      site.siteKey,
      [
        {
          id: 'nps',
          kind: 'nps',
          promoterToReferral: true,
          triggers: ['purchase'],
          channels: ['email', 'whatsapp'],
        },
      ],
      START,
    );
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  const order = async () => {
    const n = ++serial;
    await applyOrderFact(h.ctx, site, {
      kind: 'order',
      source: 'api',
      orderId: `o-${n}`,
      total: { minor: 4200, currency: 'EUR' },
      customerId: `c-${n}`,
      email: `c-${n}@example.com`,
      discountCodes: [],
      createdAt: h.clock.now(),
    });
    return { orderId: `o-${n}`, customer: `id:c-${n}` };
  };
  const link = (
    o: { orderId: string; customer: string },
    score: number,
    secret = site.secret,
    expiresAt = h.clock.now() + DAY,
  ) =>
    `/email/nps/${signScoreToken(secret, { siteKey: site.siteKey, campaignId: 'nps', score, expiresAt, ...o })}`;
  const answers = (orderId: string) =>
    db.query<{ score: number; segment: string; channel: string; comment: string | null }>(
      'select score, segment, channel, comment from nps_answers where order_id = $1',
      [orderId],
    );
  const post = (path: string, body: unknown, type = 'application/json') =>
    fetch(`${h.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': type },
      body: JSON.stringify(body),
    });

  it('records the clicked score at once and answers with the page under a strict CSP', async () => {
    const o = await order();
    const response = await fetch(`${h.url}${link(o, 9)}`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{24}$/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    const page = await response.text();
    expect(page).toContain(
      `<script type="module" nonce="${nonce}" src="/email/assets/hosted-survey.js">`,
    );
    expect(page).not.toMatch(/\son[a-z]+=/i);
    const data = JSON.parse(
      /<script type="application\/json"[^>]*>([^<]*)<\/script>/.exec(page)?.[1] ?? 'null',
    );
    expect(data).toMatchObject({
      score: 9,
      promoter: true,
      campaignId: 'nps',
      channels: ['email', 'whatsapp'],
    });
    expect(await answers(o.orderId)).toEqual([
      { score: 9, segment: 'promoter', channel: 'email', comment: null },
    ]);
  });

  it('keeps one answer per (campaign, order): clicking 9 then 10 leaves 10', async () => {
    const o = await order();
    await fetch(`${h.url}${link(o, 9)}`);
    await fetch(`${h.url}${link(o, 10)}`);
    await fetch(`${h.url}${link(o, 10)}`);
    expect(await answers(o.orderId)).toEqual([
      { score: 10, segment: 'promoter', channel: 'email', comment: null },
    ]);
  });

  it.each([
    [
      'forged (another secret)',
      (o: { orderId: string; customer: string }) => link(o, 9, 'another-secret-0123456789abcdef'),
      400,
      'This link is not valid',
    ],
    [
      'tampered',
      (o: { orderId: string; customer: string }) =>
        link(o, 9).replace(/\.([A-Za-z0-9_-])/, (_m, c: string) => `.${c === 'A' ? 'B' : 'A'}`),
      400,
      'This link is not valid',
    ],
    [
      'expired',
      (o: { orderId: string; customer: string }) => link(o, 9, site.secret, h.clock.now() - 1),
      410,
      'This link has expired',
    ],
    ['garbage', () => '/email/nps/%3Cscript%3E', 400, 'This link is not valid'],
  ])(
    'refuses a %s token with a clear page, and records nothing',
    async (_name, make, status, title) => {
      const o = await order();
      const response = await fetch(`${h.url}${make(o)}`);
      expect(response.status).toBe(status);
      expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
      const page = await response.text();
      expect(page).toContain(`<h1>${title}</h1>`);
      expect(page).not.toContain('<script');
      expect(await answers(o.orderId)).toEqual([]);
    },
  );

  it('says so in the reader’s language (?lang=da, ja, ar)', async () => {
    const o = await order();
    const expired = link(o, 9, site.secret, h.clock.now() - 1);
    expect(await (await fetch(`${h.url}${expired}?lang=da-DK`)).text()).toContain(
      'Linket er udløbet',
    );
    expect(await (await fetch(`${h.url}${expired}?lang=ja`)).text()).toContain(
      '有効期限が切れています',
    );
    expect(await (await fetch(`${h.url}${expired}?lang=ar`)).text()).toContain('dir="rtl"');
  });

  it('stores the follow-up comment, a share and the referral link of the promoter', async () => {
    const o = await order();
    const path = link(o, 10);
    await fetch(`${h.url}${path}`);
    expect((await post(`${path}/comment`, { comment: '  Fast delivery <3  ' })).status).toBe(204);
    expect((await answers(o.orderId))[0]?.comment).toBe('Fast delivery <3');
    const referral = await post(`${path}/referral`, {});
    expect(referral.status).toBe(200);
    const { code, url } = (await referral.json()) as { code: string; url: string };
    expect(url).toBe(`https://shop.example/?ref=${code}`);
    expect((await post(`${path}/share`, { channel: 'whatsapp' })).status).toBe(204);
    expect((await post(`${path}/share`, { channel: 'whatsapp' })).status).toBe(204);
    const shares = await db.query(
      'select code from events where origin = $1 and type = $2 and code = $3',
      ['email', 'share', code],
    );
    expect(shares).toHaveLength(1);
  });

  it('refuses a post that is not JSON (no cross-site form), or with a bad token', async () => {
    const o = await order();
    const path = link(o, 3);
    expect((await post(`${path}/comment`, { comment: 'x' }, 'text/plain')).status).toBe(415);
    const forged = link(o, 3, 'another-secret-0123456789abcdef');
    expect((await post(`${forged}/comment`, { comment: 'x' })).status).toBe(401);
    expect((await post(`${path}/share`, { channel: 'carrier-pigeon' })).status).toBe(400);
  });

  it('serves the page script and the widget’s NPS UI, and nothing else', async () => {
    const script = await fetch(`${h.url}/email/assets/hosted-survey.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain("from './grapevine-ui-nps.js'");
    const ui = await fetch(`${h.url}/email/assets/grapevine-ui-nps.js`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('answeredScore');
    for (const name of ['grapevine.js', '..%2Fpackage.json', 'grapevine-ui-referral.js']) {
      expect((await fetch(`${h.url}/email/assets/${name}`)).status).toBe(404);
    }
  });
});
