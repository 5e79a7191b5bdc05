import { parseConfig } from '@grapevine/core/schema';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { demoCampaigns } from '../../src/seed/demo-campaigns.js';
import { seedDemoData } from '../../src/seed/demo-data.js';
import { saveCampaigns } from '../../src/services/campaigns.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { ADMIN_TOKEN, type Harness, startHarness } from '../helpers/harness.js';

// A database suite shares two CPUs with every other suite in CI: slow is not wrong.
vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('on %s', (kind) => {
  let db: Database;
  let h: Harness;
  const bearer = { Authorization: `Bearer ${ADMIN_TOKEN}` };
  const admin = (path: string, headers: Record<string, string> = bearer) =>
    fetch(`${h.url}${path}`, { headers });

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db);
    await saveCampaigns(db, h.site.siteKey, demoCampaigns(h.site), h.clock.now());
    await seedDemoData(h.ctx, h.site, 2);
    await h.call('/v1/events', {
      body: {
        events: [
          {
            id: 'xss-1',
            type: 'nps-answer',
            at: h.clock.now(),
            visitorId: 'v',
            campaignId: 'nps-after-purchase',
            variantId: 'default',
            score: 3,
            segment: 'detractor',
            kind: 'transactional',
            comment: '<script>alert("pwned")</script>',
          },
          {
            id: 'formula-1',
            type: 'nps-answer',
            at: h.clock.now(),
            visitorId: 'v',
            campaignId: 'nps-after-purchase',
            variantId: 'default',
            score: 9,
            segment: 'promoter',
            kind: 'relational',
            comment: '=HYPERLINK("https://evil.example")',
          },
        ],
      },
    });
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  describe('admin authentication', () => {
    it.each([
      ['no credentials', {}],
      ['a wrong bearer token', { Authorization: 'Bearer wrong-token-0123456789' }],
      [
        'a wrong Basic password',
        { Authorization: `Basic ${Buffer.from('admin:nope').toString('base64')}` },
      ],
      ['another scheme', { Authorization: `Token ${ADMIN_TOKEN}` }],
    ])('refuses %s with a Basic prompt', async (_label, headers) => {
      const response = await admin('/admin', headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Basic');
    });

    it('accepts the token as a bearer token or as the Basic password', async () => {
      expect((await admin('/admin')).status).toBe(200);
      const basic = {
        Authorization: `Basic ${Buffer.from(`anyone:${ADMIN_TOKEN}`).toString('base64')}`,
      };
      expect((await admin('/admin', basic)).status).toBe(200);
    });
  });

  describe('GET /admin', () => {
    it('renders every section with a strict CSP and no script', async () => {
      const response = await admin('/admin');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('cache-control')).toBe('no-store');
      const page = await response.text();
      for (const title of [
        'NPS over time',
        'Latest comments',
        'Referral funnel',
        'Top advocates',
        'A/B results',
      ]) {
        expect(page).toContain(title);
      }
      expect(page).toContain('refer-a-friend');
      expect(page).toContain('give-get');
      expect(page).not.toContain('<script');
    });

    it('escapes what customers wrote', async () => {
      const page = await (await admin('/admin')).text();
      expect(page).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    });

    it.each([
      ['an unknown site', '/admin?site=nope', 404],
      ['a silly period (falls back to 12 weeks)', '/admin?weeks=-3', 200],
    ])('handles %s', async (_label, path, status) => {
      expect((await admin(path)).status).toBe(status);
    });
  });

  describe('CSV exports', () => {
    it('exports NPS answers, defusing formulas', async () => {
      const response = await admin(`/admin/nps.csv?site=${h.site.siteKey}`);
      expect(response.headers.get('content-type')).toContain('text/csv');
      expect(response.headers.get('content-disposition')).toContain('shop-test-nps.csv');
      const csv = await response.text();
      const [header, ...rows] = csv.trimEnd().split('\r\n');
      expect(header).toBe(
        'answered_at,score,segment,kind,comment,campaign_id,variant_id,visitor_id,advocate_id,event_id',
      );
      expect(rows.length).toBeGreaterThan(2);
      expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    });

    it('exports conversions', async () => {
      const csv = await (await admin('/admin/conversions.csv')).text();
      const [header, ...rows] = csv.trimEnd().split('\r\n');
      expect(header).toBe(
        'credited_at,order_id,total,currency,code,advocate_id,reward_amount,reward_currency,status,approves_at,approved_at,reversed_amount',
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows[0]).toMatch(
        /,demo-order-\d+,\d+\.00,EUR,[2-9A-Z]{14},demo-customer-\d,(10\.00|5\.00|0\.00),EUR,(pending|approved|voided),/,
      );
    });
  });

  describe('GET /admin/metrics.json', () => {
    it('counts what is stored', async () => {
      const metrics = await (await admin('/admin/metrics.json')).json();
      expect(metrics).toMatchObject({
        database: db.kind,
        events: expect.any(Number),
        memory: { rss: expect.any(Number) },
      });
      expect(metrics.events).toBeGreaterThan(50);
    });
  });

  describe('demo campaigns', () => {
    it('are valid @grapevine/core campaigns and served by GET /v1/campaigns', async () => {
      const { campaigns } = await (await h.call('/v1/campaigns')).json();
      const { errors, config } = parseConfig({ campaigns });
      expect(errors).toEqual([]);
      expect(config.campaigns.map((c) => c.kind)).toEqual(['nps', 'referral', 'friend-offer']);
    });
  });
});
