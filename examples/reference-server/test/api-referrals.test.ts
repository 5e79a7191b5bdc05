import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testDatabase } from './helpers/database.js';
import { type Harness, startHarness } from './helpers/harness.js';

let db: Database;
let h: Harness;

beforeAll(async () => {
  db = await testDatabase();
  h = await startHarness(db);
});
afterAll(async () => {
  await h?.close();
  await db?.close();
});

describe('POST /v1/referrals', () => {
  it('gives a signed advocate a short, unambiguous code and the same code every time', async () => {
    const advocate = h.advocate({ id: 'c_1', email: 'ann@example.com', name: 'Ann Smith' });
    const first = await h.call('/v1/referrals', { body: { advocate } });
    expect(first.status).toBe(200);
    const referral = await first.json();
    expect(referral.code).toMatch(/^[2-9A-HJKMNP-TV-Z]{14}$/);
    expect(referral.url).toBe(`https://shop.example/?ref=${referral.code}`);
    expect(referral.offer).toEqual(h.site.offer);
    const again = await (await h.call('/v1/referrals', { body: { advocate } })).json();
    expect(again.code).toBe(referral.code);
  });

  it('gives different advocates different codes', async () => {
    const a = await (
      await h.call('/v1/referrals', { body: { advocate: h.advocate({ id: 'c_a' }) } })
    ).json();
    const b = await (
      await h.call('/v1/referrals', { body: { advocate: h.advocate({ id: 'c_b' }) } })
    ).json();
    expect(a.code).not.toBe(b.code);
  });
});
