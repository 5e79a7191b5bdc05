// Starts a throwaway server on PGlite in memory with demo campaigns and 12 weeks of demo
// data and three rewards held for review, for screenshots and the dashboard's end-to-end
// spec. Prints one JSON line on stdout: {"url":"http://127.0.0.1:PORT","adminToken":"…",
// "held":["demo-review-1",…]}.
import { createApp } from '../src/app.js';
import { openDatabase } from '../src/db/open.js';
import { listen } from '../src/listen.js';
import { demoCampaigns } from '../src/seed/demo-campaigns.js';
import { seedDemoData } from '../src/seed/demo-data.js';
import { saveCampaigns } from '../src/services/campaigns.js';
import { DEFAULT_LIMITS, type Site } from '../src/site.js';
import { loadWidgetAssets } from '../src/widget/assets.js';
import { seedHeldRewards } from './held-rewards.js';

const adminToken = 'demo-admin-token-0123456789';
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
};

const db = await openDatabase({ dataDir: 'memory://' });
// The built widget's files (the dashboard shows their snippet): `pnpm build` first.
const grapevine = createApp({ db, sites: [site], adminToken, widget: loadWidgetAssets() });
await saveCampaigns(db, site.siteKey, demoCampaigns(site), Date.now());
await seedDemoData(grapevine.ctx, site);
const held = await seedHeldRewards(grapevine.ctx, site);
const server = await listen(grapevine.app, {
  host: '127.0.0.1',
  port: Number(process.env.PORT ?? 0),
});
process.stdout.write(`${JSON.stringify({ url: server.url, adminToken, held })}\n`);
const stop = async () => {
  await server.close();
  await db.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
