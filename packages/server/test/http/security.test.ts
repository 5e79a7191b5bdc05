import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MINUTE } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, ORIGIN, startHarness, testSite } from '../helpers/harness.js';

// A database suite shares two CPUs with every other suite in CI: slow is not wrong.
vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('on %s', (kind) => {
  let db: Database;
  let h: Harness;
  let other: Harness;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, { rateLimitPerIp: 1000 });
    other = await startHarness(db, {
      site: testSite({ siteKey: 'tight-shop', origins: ['https://other.example'] }),
      rateLimitPerIp: 3,
    });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await other?.close();
    await db?.close();
  });

  describe('site keys', () => {
    it.each([
      ['missing', undefined, 'Missing X-Grapevine-Site-Key header.'],
      ['unknown', 'no-such-shop', 'Unknown site key.'],
    ])('refuses a %s site key with 401', async (_label, key, message) => {
      const headers: Record<string, string> = key ? { 'X-Grapevine-Site-Key': key } : {};
      const response = await fetch(`${h.url}/v1/campaigns`, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'unknown-site', message } });
    });

    it('answers unknown paths with a JSON 404', async () => {
      const response = await h.call('/v2/anything');
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('not-found');
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string, url = `${h.url}/v1/events`) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,x-grapevine-site-key',
        },
      });

    it('answers a preflight from an allowed origin', async () => {
      const response = await preflight(ORIGIN);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(response.headers.get('access-control-allow-headers')).toContain(
        'X-Grapevine-Site-Key',
      );
      expect(response.headers.get('access-control-allow-headers')).toContain(
        'X-Grapevine-Advocate',
      );
    });

    it.each(['https://evil.example', 'https://shop.example.evil.example', 'null'])(
      'refuses a preflight from %s',
      async (origin) => {
        const response = await preflight(origin);
        expect(response.status).toBe(403);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
      },
    );

    it('checks a preflight against the site in ?siteKey=', async () => {
      expect(
        (await preflight('https://other.example', `${h.url}/v1/events?siteKey=${h.site.siteKey}`))
          .status,
      ).toBe(403);
    });

    it('allows the site’s own origin and refuses another site’s origin with 403', async () => {
      const own = await h.call('/v1/campaigns', { headers: { Origin: ORIGIN } });
      expect(own.status).toBe(200);
      expect(own.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(own.headers.get('vary')).toContain('Origin');
      const foreign = await h.call('/v1/events', {
        headers: { Origin: 'https://other.example' },
        body: { events: [] },
      });
      expect(foreign.status).toBe(403);
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
      expect((await foreign.json()).error.code).toBe('origin-not-allowed');
    });
  });

  describe('per-IP rate limit', () => {
    // Both harnesses count in the one database: start each case from empty windows.
    beforeEach(async () => {
      await db.query('delete from rate_limits');
    });

    it('answers 429 with Retry-After once an address is over its limit, then recovers', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await other.call('/v1/campaigns')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await other.call('/v1/campaigns');
      expect(limited.headers.get('retry-after')).toBe('60');
      expect(await limited.json()).toMatchObject({
        error: {
          code: 'rate-limited',
          message: 'Too many requests from this address; try again later.',
        },
      });
      other.clock.advance(MINUTE);
      expect((await other.call('/v1/campaigns')).status).toBe(200);
    });

    it('limits guesses at the admin token the same way, in a bucket of its own', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const path = i % 2 === 0 ? '/admin' : '/admin/nps.csv';
        statuses.push(
          (await fetch(`${other.url}${path}`, { headers: { Authorization: `Bearer guess-${i}` } }))
            .status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    });
  });

  describe('GET /v1/campaigns', () => {
    it('serves the site’s campaigns as stored, cacheable', async () => {
      const empty = await h.call('/v1/campaigns');
      expect(await empty.json()).toEqual({ campaigns: [] });
      expect(empty.headers.get('cache-control')).toBe('public, max-age=60');
    });
  });

  describe('GET /health', () => {
    it('says the server is up', async () => {
      expect(await (await fetch(`${h.url}/health`)).json()).toEqual({ ok: true });
    });
  });
});
