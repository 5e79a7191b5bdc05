// Operations over HTTP: health, database outages and a full disk as statuses, the request
// deadline, request ids, the access log and Prometheus metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../src/db/database.js';
import { DatabaseUnavailableError, StorageFullError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness } from '../helpers/harness.js';

/** The real database behind a switch: healthy, failing with an error, or never answering. */
function switchable(db: Database) {
  let mode: 'ok' | 'unavailable' | 'disk-full' | 'hang' = 'ok';
  const gate = async () => {
    if (mode === 'unavailable') throw new DatabaseUnavailableError('connect ECONNREFUSED');
    if (mode === 'disk-full') throw new StorageFullError('No space left on device');
    if (mode === 'hang') await new Promise(() => {});
  };
  const query: Queryable['query'] = async (sql, params) => {
    await gate();
    return db.query(sql, params);
  };
  const wrapped: Database = {
    kind: db.kind,
    query,
    transaction: async (work) => {
      await gate();
      return db.transaction(work);
    },
    close: () => db.close(),
  };
  return { db: wrapped, set: (next: typeof mode) => (mode = next) };
}

const METRICS_TOKEN = 'metrics-token-for-tests-0123';

describe.each(databaseKinds)('on %s', (kind) => {
  let h: Harness;
  let database: Database;
  let failing: ReturnType<typeof switchable>;
  const logged: { message: string; fields: Record<string, unknown> | undefined }[] = [];
  const logger: Logger = {
    info: (message, fields) => logged.push({ message, fields }),
    warn: (message, fields) => logged.push({ message, fields }),
    error: (message, fields) => logged.push({ message, fields }),
  };

  beforeAll(async () => {
    database = await testDatabase(kind);
    failing = switchable(database);
    h = await startHarness(failing.db, {
      logger,
      accessLog: true,
      metricsToken: METRICS_TOKEN,
      requestTimeoutMs: 2000, // "hang" cases wait this long; short enough for a test, long for a busy CI
    });
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await database.close();
  });

  describe('health', () => {
    it('says live, ready and ok while the database answers', async () => {
      const live = await fetch(`${h.url}/health/live`);
      expect([live.status, await live.json()]).toEqual([200, { status: 'live' }]);
      const ready = await fetch(`${h.url}/health/ready`);
      expect([ready.status, await ready.json()]).toEqual([
        200,
        { status: 'ready', database: kind },
      ]);
      expect(ready.headers.get('cache-control')).toBe('no-store');
      expect(await (await fetch(`${h.url}/health`)).json()).toEqual({ ok: true });
    });

    it.each(['unavailable', 'hang'] as const)(
      'is not ready when the database is %s, but still live',
      async (mode) => {
        failing.set(mode);
        try {
          for (const path of ['/health/ready', '/health']) {
            const response = await fetch(`${h.url}${path}`);
            expect(response.status).toBe(503);
            expect(response.headers.get('retry-after')).toBe('5');
            expect(await response.json()).toMatchObject({
              error: { code: 'database-unavailable' },
            });
          }
          expect((await fetch(`${h.url}/health/live`)).status).toBe(200);
        } finally {
          failing.set('ok');
        }
      },
      15_000,
    );
  });

  describe('database failures as statuses', () => {
    it.each([
      ['unavailable', 503, 'database-unavailable', '5'],
      ['disk-full', 507, 'insufficient-storage', '60'],
      ['hang', 503, 'timeout', '5'],
    ] as const)(
      '%s: %i %s with Retry-After %s',
      async (mode, status, code, retryAfter) => {
        failing.set(mode);
        try {
          const response = await h.call('/v1/campaigns');
          expect(response.status).toBe(status);
          expect(response.headers.get('retry-after')).toBe(retryAfter);
          const body = (await response.json()) as { error: { code: string; requestId: string } };
          expect(body.error.code).toBe(code);
          expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
        } finally {
          failing.set('ok');
        }
        expect((await h.call('/v1/campaigns')).status).toBe(200); // recovered by itself
      },
      15_000,
    );
  });

  describe('request ids', () => {
    it.each([
      ['echoes a sane incoming id', 'trace-abc_123=', 'trace-abc_123='],
      ['replaces one with spaces', 'a b', undefined],
      ['replaces one over 128 characters', 'x'.repeat(129), undefined],
    ])('%s', async (_, incoming, expected) => {
      const response = await h.call('/v1/nothing-here', { headers: { 'X-Request-Id': incoming } });
      const id = response.headers.get('x-request-id');
      if (expected) expect(id).toBe(expected);
      else expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await response.json()).toMatchObject({ error: { code: 'not-found', requestId: id } });
    });

    it('writes one access-log line per request, with its id and route pattern', async () => {
      logged.length = 0;
      const response = await h.call('/v1/referrals/ABCD-2345', {
        headers: { 'X-Request-Id': 'log-me-1' },
      });
      await response.text();
      expect(logged).toContainEqual({
        message: 'request',
        fields: expect.objectContaining({
          requestId: 'log-me-1',
          method: 'GET',
          path: '/v1/referrals/ABCD-2345',
          route: '/v1/referrals/:code',
          status: response.status,
        }),
      });
    });
  });

  describe('metrics', () => {
    it('refuses a missing or wrong token', async () => {
      expect((await fetch(`${h.url}/metrics`)).status).toBe(401);
      const wrong = await fetch(`${h.url}/metrics`, {
        headers: { Authorization: 'Bearer not-the-token-at-all' },
      });
      expect(wrong.status).toBe(401);
    });

    it('counts requests by route pattern, events ingested, queues and database statements', async () => {
      await h.call('/v1/events', {
        body: {
          events: [
            {
              id: 'metrics-event-1',
              type: 'impression',
              at: 1,
              visitorId: 'v1',
              campaignId: 'c',
              variantId: 'x',
            },
          ],
        },
      });
      await h.call('/v1/referrals/WXYZ-2345');
      const response = await fetch(`${h.url}/metrics`, {
        headers: { Authorization: `Bearer ${METRICS_TOKEN}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      expect(text).toContain(
        'grapevine_http_requests_total{method="POST",route="/v1/events",status="200"} 1',
      );
      expect(text).toMatch(
        /grapevine_http_requests_total\{method="GET",route="\/v1\/referrals\/:code"/,
      );
      expect(text).toContain(
        'grapevine_events_ingested_total{site="shop-test",result="accepted"} 1',
      );
      expect(text).toContain('# TYPE grapevine_queue_depth gauge');
      expect(text).toMatch(/grapevine_db_query_duration_seconds_count\{outcome="ok"\} [1-9]/);
      expect(text).toContain('grapevine_process_cpu_seconds_total');
    });
  });
});

describe('without a metrics token', () => {
  it('has no /metrics', async () => {
    const database = await testDatabase('pglite');
    const h = await startHarness(database);
    try {
      expect((await fetch(`${h.url}/metrics`)).status).toBe(404);
    } finally {
      await h.close();
      await database.close();
    }
  }, 30_000);
});
