// Starts a throwaway server on PGlite in memory with an NPS campaign, NPS by email on, an
// SMTP mail catcher (a real listener on 127.0.0.1), and one verified order. It moves the
// clock 14 days on, runs the due jobs until the survey email has been sent over SMTP, and
// prints one JSON line on stdout: {"url":"http://127.0.0.1:PORT","html":"<the caught
// message's HTML part>","now":<the server's clock>,"secret":"<the site's signing secret>"}. Then answers each line "answers" on stdin with one JSON line: the
// stored NPS answers. For the hosted survey's end-to-end spec and screenshots.
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { createApp } from '../src/app.js';
import { DAY, offsetClock } from '../src/clock.js';
import { openDatabase } from '../src/db/open.js';
import { listen } from '../src/listen.js';
import { startMailCatcher } from '../src/mail/catcher.js';
import { smtpMailer } from '../src/mail/smtp-mailer.js';
import { applyOrderFact } from '../src/orders/apply-fact.js';
import { demoCampaigns } from '../src/seed/demo-campaigns.js';
import { saveCampaigns } from '../src/services/campaigns.js';
import { DEFAULT_LIMITS, type Site } from '../src/site.js';

/** A free loopback port: the public URL in the emails must be known before the app starts. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

const site: Site = {
  siteKey: 'demo-shop',
  secret: 'demo-secret-0123456789abcdef',
  // SHOP_ORIGIN: a spec's own shop page, allowed besides the demo shop's.
  origins: ['http://127.0.0.1:5173', ...(process.env.SHOP_ORIGIN ? [process.env.SHOP_ORIGIN] : [])],
  landingUrl: 'http://127.0.0.1:5173/?ref={code}',
  offer: {
    friend: { kind: 'percent', value: 20 },
    advocate: { kind: 'amount', value: 10, currency: 'EUR' },
  },
  claimsPerCodePerDay: 10,
  allowUnsignedReferrals: false,
  couponValidDays: 30,
  limits: DEFAULT_LIMITS,
  brand: { name: 'Nordic Socks', color: '#0f766e' },
  email: {
    enabled: true,
    from: 'Nordic Socks <hello@shop.example>',
    locale: 'en',
    flows: {
      nps: 'marketing',
      referral: 'off',
      'friend-coupon': 'transactional',
      'reward-pending': 'transactional',
      'reward-approved': 'transactional',
      'detractor-alert': 'off',
    },
  },
  npsEmail: {
    campaignId: 'nps-after-purchase',
    from: 'order',
    assumeDeliveredAfterMs: 7 * DAY,
    afterMs: 14 * DAY,
    withinMs: 180 * DAY,
    linkValidMs: 30 * DAY,
  },
};

const clock = offsetClock();
const catcher = await startMailCatcher();
const port = await freePort();
const db = await openDatabase({ dataDir: 'memory://' });
const grapevine = createApp({
  db,
  sites: [site],
  adminToken: 'demo-admin-token-0123456789',
  clock,
  mail: {
    mailer: smtpMailer({ url: catcher.url, timeoutMs: 5_000 }),
    from: 'Grapevine <mail@grapevine.example>',
    publicUrl: `http://127.0.0.1:${port}`,
  },
});
await saveCampaigns(db, site.siteKey, demoCampaigns(site), clock.now());
const server = await listen(grapevine.app, { host: '127.0.0.1', port });
await applyOrderFact(grapevine.ctx, site, {
  kind: 'order',
  source: 'api',
  orderId: 'survey-1001',
  total: { minor: 5900, currency: 'EUR' },
  customerId: 'cust-ada',
  email: 'ada@example.com',
  discountCodes: [],
  createdAt: clock.now(),
});
clock.advance(14 * DAY);
// The survey job queues the email; the next round sends it.
for (let round = 0; round < 3 && catcher.messages.length === 0; round++) await grapevine.tick();
const [mail] = await catcher.waitFor(1, 10_000);
process.stdout.write(
  `${JSON.stringify({ url: server.url, html: mail?.html ?? '', now: clock.now(), secret: site.secret })}\n`,
);
createInterface({ input: process.stdin }).on('line', async (line) => {
  if (line.trim() !== 'answers') return;
  const rows = await db.query(
    'select score, segment, channel, comment, order_id from nps_answers order by answered_at',
  );
  process.stdout.write(`${JSON.stringify(rows)}\n`);
});
const stop = async () => {
  await server.close();
  await catcher.close();
  await db.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
