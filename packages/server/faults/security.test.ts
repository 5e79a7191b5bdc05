// Security under attack, against real server processes (issue #14 item 5): a spoofed
// X-Forwarded-For cannot escape the per-address limits, two processes on one PostgreSQL
// share one limit, and the ambiguous and the renamed advocate signatures are refused.
import { createHmac } from 'node:crypto';
import { signAdvocate } from '@grapevine/adapter/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAULT_SITE,
  FAULT_SITE_KEY,
  type FaultDatabase,
  pgliteDatabase,
  postgresDatabase,
  postgresUrl,
  type ServerProcess,
  startServer,
} from './support/index.js';

const LIMIT = 5;

/** Statuses of `count` requests to `path`, each with the headers `headersOf(i)` gives. */
async function statuses(
  url: string,
  path: string,
  count: number,
  headersOf: (i: number) => Record<string, string>,
): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await fetch(`${url}${path}`, {
      headers: { 'X-Grapevine-Site-Key': FAULT_SITE_KEY, ...headersOf(i) },
    });
    await response.arrayBuffer();
    result.push(response.status);
  }
  return result;
}

describe('behind one trusted proxy (GRAPEVINE_TRUSTED_HOPS=1), on PGlite', () => {
  let database: FaultDatabase;
  let server: ServerProcess;

  beforeAll(async () => {
    database = await pgliteDatabase();
    // The test plays the proxy: it connects from 127.0.0.1 and appends the client's address.
    server = await startServer({
      database: database.env,
      env: { GRAPEVINE_TRUSTED_HOPS: '1', GRAPEVINE_RATE_LIMIT_PER_IP: String(LIMIT) },
    });
  }, 60_000);
  afterAll(async () => {
    await server?.kill('SIGKILL');
    await database?.cleanup();
  });

  it('a forged left part of X-Forwarded-For does not escape the per-IP limit', async () => {
    const got = await statuses(server.url, '/v1/campaigns', 3 * LIMIT, (i) => ({
      'X-Forwarded-For': `10.${i}.0.1, 198.51.100.${i}, 203.0.113.10`,
    }));
    expect(got).toEqual([...Array(LIMIT).fill(200), ...Array(2 * LIMIT).fill(429)]);
    // Another client behind the same proxy has its own count.
    expect(
      await statuses(server.url, '/v1/campaigns', 1, () => ({ 'X-Forwarded-For': '203.0.113.11' })),
    ).toEqual([200]);
  });

  it('nor the admin brute-force limit', async () => {
    const got = await statuses(server.url, '/admin', 3 * LIMIT, (i) => ({
      Authorization: `Bearer guess-${i}-0123456789abcdef`,
      'X-Forwarded-For': `192.0.2.${i}, 203.0.113.20`,
    }));
    expect(got).toEqual([...Array(LIMIT).fill(401), ...Array(2 * LIMIT).fill(429)]);
    const other = await statuses(server.url, '/admin', 1, () => ({
      Authorization: 'Bearer guess-0123456789abcdef',
      'X-Forwarded-For': '203.0.113.21',
    }));
    expect(other).toEqual([401]);
  });

  it('nor does rotating IPv6 addresses inside one /64', async () => {
    const got = await statuses(server.url, '/v1/campaigns', 2 * LIMIT, (i) => ({
      'X-Forwarded-For': `2001:db8:30:40::${(i + 1).toString(16)}`,
    }));
    expect(got).toEqual([...Array(LIMIT).fill(200), ...Array(LIMIT).fill(429)]);
  });

  describe('advocate signatures', () => {
    const post = (advocate: unknown, client: string) =>
      fetch(`${server.url}/v1/referrals`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Grapevine-Site-Key': FAULT_SITE_KEY,
          'X-Forwarded-For': client,
        },
        body: JSON.stringify({ advocate }),
      });

    it('accepts a genuine v2 signature', async () => {
      const advocate = await signAdvocate(FAULT_SITE.secret, { id: 'c_1', name: 'Anna' });
      expect((await post(advocate, '198.51.100.200')).status).toBe(200);
    });

    it.each([
      ['ambiguous', { id: 'a', email: 'b|c@x.com' }, { id: 'a|b', email: 'c@x.com' }],
      ['renamed', { id: 'c_2', name: 'Anna' }, { id: 'c_2', name: 'Mallory' }],
      ['named afterwards', { id: 'c_3' }, { id: 'c_3', name: 'Mallory' }],
    ])('refuses the %s advocate with 401', async (_label, signedFields, claimed) => {
      const { signature, signedAt } = await signAdvocate(FAULT_SITE.secret, signedFields);
      const response = await post({ ...claimed, signature, signedAt }, '198.51.100.201');
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({
        error: { code: 'invalid-signature', message: 'The advocate signature is forged.' },
      });
    });

    it('refuses a v1 signature, whose text was ambiguous, as outdated', async () => {
      const signedAt = Date.now();
      // v1 signed "a|b|c@x.com|t" for {id:"a", email:"b|c@x.com"}: the same text as for {id:"a|b", email:"c@x.com"}.
      const signature = createHmac('sha256', FAULT_SITE.secret)
        .update(`a|b|c@x.com|${signedAt}`)
        .digest('hex');
      const response = await post(
        { id: 'a|b', email: 'c@x.com', signedAt, signature },
        '198.51.100.202',
      );
      expect(response.status).toBe(401);
      expect((await response.json()).error.message).toMatch(/outdated \(v1\)/);
    });
  });
});

describe.skipIf(!postgresUrl)('two server processes on one PostgreSQL', () => {
  let database: FaultDatabase;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    database = await postgresDatabase();
    const env = { GRAPEVINE_RATE_LIMIT_PER_IP: String(LIMIT) };
    // One after the other: both migrate, the second finds nothing to do.
    servers.push(await startServer({ database: database.env, env }));
    servers.push(await startServer({ database: database.env, env }));
  }, 60_000);
  afterAll(async () => {
    for (const server of servers) await server.kill('SIGKILL');
    await database?.cleanup();
  });

  it(`share one per-IP limit: ${LIMIT} in total, not ${LIMIT} each`, async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const answers = await Promise.all(
      Array.from({ length: 4 * LIMIT }, (_, i) =>
        statuses(i % 2 === 0 ? a.url : b.url, '/v1/campaigns', 1, () => ({})),
      ),
    );
    const all = answers.flat();
    expect(all.filter((status) => status === 200)).toHaveLength(LIMIT);
    expect(all.filter((status) => status === 429)).toHaveLength(3 * LIMIT);
  });
});
