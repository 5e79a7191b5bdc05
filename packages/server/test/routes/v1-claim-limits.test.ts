import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness, TEST_LIMITS, testSite } from '../helpers/harness.js';

// A database suite shares two CPUs with every other suite in CI: slow is not wrong.
vi.setConfig({ testTimeout: 30_000 });

// Coupon harvesting (issue #14): one visitor, or one address, with many emails.
describe.each(databaseKinds)('claim limits on %s', (kind) => {
  let db: Database;
  let h: Harness;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, {
      trustedHops: 1,
      site: testSite({
        claimsPerCodePerDay: 100,
        limits: { ...TEST_LIMITS, claimsPerVisitorPerDay: 2, claimsPerAddressPerDay: 3 },
      }),
    });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  let advocates = 0;
  async function newCode() {
    advocates += 1;
    const advocate = h.advocate({ id: `limit-adv-${advocates}` });
    const response = await h.call('/v1/referrals', { body: { advocate } });
    return ((await response.json()) as { code: string }).code;
  }
  let emails = 0;
  async function claim(code: string, visitorId: string, ip: string, email?: string) {
    emails += 1;
    const response = await h.call(`/v1/referrals/${code}/claims`, {
      body: { email: email ?? `harvest-${emails}@example.com`, visitorId },
      headers: { 'X-Forwarded-For': ip },
    });
    return ((await response.json()) as { status: string }).status;
  }

  it.each([
    [
      'one visitor, many emails, many addresses',
      (i: number) => ['v-harvester', `198.51.100.${i}`],
      2,
    ],
    ['one address, many visitors', (i: number) => [`v-${kind}-${i}`, '198.51.100.77'], 3],
    [
      'one IPv6 /64, many addresses',
      (i: number) => [`v6-${kind}-${i}`, `2001:db8:7:7::${i + 1}`],
      3,
    ],
  ])('%s: the limit, then limit-reached', async (_label, from, allowed) => {
    const code = await newCode();
    const statuses: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const [visitor, ip] = from(i) as [string, string];
      statuses.push(await claim(code, `${visitor}-${kind}`, ip));
    }
    expect(statuses).toEqual([
      ...Array(allowed).fill('claimed'),
      ...Array(6 - allowed).fill('limit-reached'),
    ]);
    const rows = await db.query<{ n: number }>(
      'select count(*)::int as n from claims where code = $1 and coupon is not null',
      [code],
    );
    expect(rows[0]?.n).toBe(allowed);
  });

  it('counts a repeated claim (same email) once, and opens again the next day', async () => {
    const code = await newCode();
    const visitor = `v-repeat-${kind}`;
    expect(await claim(code, visitor, '198.51.100.200', 'same@example.com')).toBe('claimed');
    expect(await claim(code, visitor, '198.51.100.200', 'same@example.com')).toBe('claimed');
    expect(await claim(code, visitor, '198.51.100.200', 'Same@Example.com.')).toBe('claimed');
    expect(await claim(code, visitor, '198.51.100.200')).toBe('claimed');
    expect(await claim(code, visitor, '198.51.100.200')).toBe('limit-reached');
    h.clock.advance(DAY);
    expect(await claim(code, visitor, '198.51.100.200')).toBe('claimed');
  });

  it('does not count private and loopback addresses (a proxy’s, not a client’s)', async () => {
    const code = await newCode();
    const statuses: string[] = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push(await claim(code, `v-lan-${kind}-${i}`, '10.0.0.9'));
    expect(statuses).toEqual(Array(5).fill('claimed'));
  });
});
