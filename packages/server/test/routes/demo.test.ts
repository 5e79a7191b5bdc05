import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { verifyAdvocate } from '../../src/security/advocate-signature.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, ORIGIN, START, startHarness, testSite } from '../helpers/harness.js';

// A database suite shares two CPUs with every other suite in CI: slow is not wrong.
vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('on %s', (kind) => {
  let db: Database;
  let demo: Harness;
  let production: Harness;

  beforeAll(async () => {
    db = await testDatabase(kind);
    demo = await startHarness(db, { demo: true, site: testSite({ siteKey: 'demo-shop' }) });
    production = await startHarness(db);
  }, 120_000);
  afterAll(async () => {
    await demo?.close();
    await production?.close();
    await db?.close();
  });

  const post = (h: Harness, path: string, body: unknown) =>
    fetch(`${h.url}${path}`, {
      method: 'POST',
      headers: { Origin: ORIGIN },
      body: JSON.stringify(body),
    });

  describe('demo routes', () => {
    it.each(['/demo/clock', '/demo/sign'])(
      '%s does not exist without GRAPEVINE_DEMO=1',
      async (path) => {
        expect((await post(production, path, {})).status).toBe(404);
      },
    );

    it('moves the server clock forward and runs the background round', async () => {
      const response = await post(demo, '/demo/clock', { advanceDays: 14 });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(await response.json()).toEqual({
        now: new Date(START + 14 * 86_400_000).toISOString(),
        offsetDays: 14,
        rewardsApproved: 0,
        webhooks: { delivered: 0, retrying: 0, failed: 0 },
        jobs: { done: 0, retrying: 0, failed: 0 },
      });
      expect((await (await fetch(`${demo.url}/demo/clock`)).json()).offsetDays).toBe(14);
      // Signatures are checked against the moved clock too.
      const signed = await (
        await post(demo, '/demo/sign', { siteKey: 'demo-shop', id: 'c_1' })
      ).json();
      expect(signed.advocate.signedAt).toBe(START + 14 * 86_400_000);
    });

    it('signs a demo customer the way a shop backend would', async () => {
      const response = await post(demo, '/demo/sign', {
        siteKey: 'demo-shop',
        id: 'c_7',
        email: 'mia@example.com',
        name: 'Mia',
      });
      const { advocate } = await response.json();
      expect((await verifyAdvocate(demo.site.secret, advocate, advocate.signedAt)).ok).toBe(true);
      const referral = await demo.call('/v1/referrals', { body: { advocate } });
      expect(referral.status).toBe(200);
    });

    it.each([
      ['malformed JSON', '/demo/clock', '{', 400],
      ['a non-numeric advance', '/demo/clock', { advanceDays: 'many' }, 400],
      ['an absurd advance', '/demo/clock', { advanceDays: 1e9 }, 400],
      ['an unknown site', '/demo/sign', { siteKey: 'nope', id: 'c' }, 401],
      ['a missing site key', '/demo/sign', { id: 'c' }, 400],
      ['a customer without id or email', '/demo/sign', { siteKey: 'demo-shop', name: 'Mia' }, 400],
    ])('refuses %s', async (_label, path, body, status) => {
      const response = await fetch(`${demo.url}${path}`, {
        method: 'POST',
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      expect(response.status).toBe(status);
    });

    it.each<[string, Record<string, string>, number]>([
      ['another site', { Origin: 'https://evil.example' }, 403],
      ['an opaque origin', { Origin: 'null' }, 403],
      ['a cross-site fetch without Origin', { 'Sec-Fetch-Site': 'cross-site' }, 403],
      ['a look-alike of the shop', { Origin: `${ORIGIN}.evil.example` }, 403],
      ['the shop’s own origin', { Origin: ORIGIN }, 200],
      ['a script without Origin', {}, 200],
    ])('answers a POST from %s with %i', async (_label, headers, status) => {
      for (const path of ['/demo/clock', '/demo/sign']) {
        const before = await (await fetch(`${demo.url}/demo/clock`)).json();
        const response = await fetch(`${demo.url}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain', ...headers },
          body: JSON.stringify(
            path === '/demo/clock' ? { advanceDays: 1 } : { siteKey: 'demo-shop', id: 'c' },
          ),
        });
        expect(response.status).toBe(status);
        if (status === 403) {
          expect((await response.json()).error.code).toBe('origin-not-allowed');
          expect(await (await fetch(`${demo.url}/demo/clock`)).json()).toEqual(before);
        }
      }
    });

    it('accepts a POST from its own origin (the server serving its own page)', async () => {
      const response = await fetch(`${demo.url}/demo/clock`, {
        method: 'POST',
        headers: { Origin: new URL(demo.url).origin, 'Sec-Fetch-Site': 'same-origin' },
        body: '{}',
      });
      expect(response.status).toBe(200);
    });
  });
});
