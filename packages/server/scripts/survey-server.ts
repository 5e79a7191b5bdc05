// Starts a throwaway server on PGlite in memory with an NPS campaign, NPS by email on, and
// one verified order whose survey is due, for the hosted survey's end-to-end spec and
// screenshots. Runs the due jobs once and prints one JSON line on stdout:
// {"url":"http://127.0.0.1:PORT","links":["…/email/nps/<token for 0>",…]}. Then answers
// each line "answers" on stdin with one JSON line: the stored NPS answers.
import { createInterface } from 'node:readline';
import { createApp } from '../src/app.js';
import { DAY, offsetClock } from '../src/clock.js';
import { openDatabase } from '../src/db/open.js';
import { npsEmailJobHandlers, type QueuedEmail } from '../src/email-nps/nps-email-job.js';
import { runDueJobs } from '../src/jobs/runner.js';
import { listen } from '../src/listen.js';
import { applyOrderFact } from '../src/orders/apply-fact.js';
import { demoCampaigns } from '../src/seed/demo-campaigns.js';
import { saveCampaigns } from '../src/services/campaigns.js';
import { DEFAULT_LIMITS, type Site } from '../src/site.js';

const site: Site = {
  siteKey: 'demo-shop',
  secret: 'demo-secret-0123456789abcdef',
  origins: ['http://127.0.0.1:5173'],
  landingUrl: 'http://127.0.0.1:5173/?ref={code}',
  offer: {
    friend: { kind: 'percent', value: 20 },
    advocate: { kind: 'amount', value: 10, currency: 'EUR' },
  },
  claimsPerCodePerDay: 10,
  allowUnsignedReferrals: false,
  couponValidDays: 30,
  limits: DEFAULT_LIMITS,
  npsEmail: {
    campaignId: 'nps-after-purchase',
    afterMs: 14 * DAY,
    withinMs: 180 * DAY,
    linkValidMs: 30 * DAY,
    locale: process.env.SURVEY_LOCALE ?? 'en',
  },
};

const clock = offsetClock();
const db = await openDatabase({ dataDir: 'memory://' });
const grapevine = createApp({
  db,
  sites: [site],
  adminToken: 'demo-admin-token-0123456789',
  clock,
});
await saveCampaigns(db, site.siteKey, demoCampaigns(site), clock.now());
const server = await listen(grapevine.app, { host: '127.0.0.1', port: 0 });
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
const queued: QueuedEmail[] = [];
await runDueJobs(
  grapevine.ctx,
  npsEmailJobHandlers(
    grapevine.ctx,
    async (_tx, email) => {
      queued.push(email);
      return { queued: true };
    },
    server.url,
  ),
);
const links = ((queued[0]?.data.links ?? []) as { url: string }[]).map((link) => link.url);
process.stdout.write(`${JSON.stringify({ url: server.url, links })}\n`);
createInterface({ input: process.stdin }).on('line', async (line) => {
  if (line.trim() !== 'answers') return;
  const rows = await db.query(
    'select score, segment, channel, comment, order_id from nps_answers order by answered_at',
  );
  process.stdout.write(`${JSON.stringify(rows)}\n`);
});
const stop = async () => {
  await server.close();
  await db.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
