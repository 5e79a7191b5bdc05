// The coupon pool in the dashboard: the count left, the low-stock warning, and the CSV upload
// (multipart, size-limited, CSRF-protected) through H3's pool service.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness, testSite } from '../helpers/harness.js';
import { type AdminSession, adminSession } from './session.js';

vi.setConfig({ testTimeout: 30_000 });

const csv = (text: string, name = 'codes.csv') => {
  const form = new FormData();
  form.set('site', 'shop-test');
  form.set('codes', new File([text], name, { type: 'text/csv' }));
  return form;
};

describe.each(databaseKinds)('the coupon pool on %s', (kind) => {
  let db: Database;
  let h: Harness;
  let session: AdminSession;
  const pool = async () =>
    (await db.query<{ code: string }>('select code from coupon_pool order by id')).map(
      (row) => row.code,
    );

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, {
      site: testSite({ fulfilment: { provider: 'pool', lowWatermark: 3 } }),
    });
    session = await adminSession(h.url, '/admin/coupons');
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  it('warns that the empty pool gives friends no code, and offers the upload form', async () => {
    const page = await (await session.get('/admin/coupons')).text();
    expect(page).toContain('The coupon pool is empty');
    expect(page).toContain(
      '<form class="actions" method="post" action="/admin/coupons/upload" enctype="multipart/form-data">',
    );
    expect(page).toMatch(/<input type="file" name="codes"[^>]* required>/);
  });

  it('adds the codes of a CSV file, once, and warns while few are left', async () => {
    const response = await session.upload(
      '/admin/coupons/upload',
      csv('code\nFIKA-AAA1\nFIKA-BBB2\nFIKA-AAA1\n'),
    );
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    expect(location).toContain('added=2');
    expect(await pool()).toEqual(['FIKA-AAA1', 'FIKA-BBB2']);
    const page = await (await session.get(location)).text();
    expect(page).toContain('2 new codes added to the pool.');
    expect(page).toContain('Only 2 codes are left in the pool (the warning starts below 3)');
    const again = await session.upload(
      '/admin/coupons/upload',
      csv('FIKA-AAA1\nFIKA-BBB2\nFIKA-CCC3\n'),
    );
    expect(again.headers.get('location')).toContain('added=1&skipped=2');
    const full = await (await session.get('/admin/coupons')).text();
    expect(full).not.toContain('codes are left in the pool');
  });

  it('refuses a file with a bad line, naming it, and stores nothing', async () => {
    const before = await pool();
    const response = await session.upload('/admin/coupons/upload', csv('GOOD-123\n<script>\n'));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Nothing was uploaded: line 2: expected 3–64 letters');
    expect(await pool()).toEqual(before);
  });

  const withoutToken = () => {
    const form = csv('NEW-CODE-1');
    form.set('csrf', '');
    return form;
  };
  // The oversized file last: the server answers 413 without reading it and drops the socket.
  it.each<[string, () => Promise<Response>, number]>([
    [
      'an upload without the token',
      () => session.upload('/admin/coupons/upload', withoutToken()),
      403,
    ],
    [
      'a cross-site upload',
      () =>
        session.upload('/admin/coupons/upload', csv('NEW-CODE-2'), {
          'sec-fetch-site': 'cross-site',
        }),
      403,
    ],
    ['a GET of the upload URL', () => session.get('/admin/coupons/upload'), 405],
    [
      'a file over 1 MB',
      () => session.upload('/admin/coupons/upload', csv('ABCDEFGHIJ\n'.repeat(100_000))),
      413,
    ],
  ])('stores nothing on %s', async (_label, send, status) => {
    const before = await pool();
    expect((await send()).status).toBe(status);
    expect(await pool()).toEqual(before);
  });
});
