import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';

// A database suite shares two CPUs with every other suite in CI: slow is not wrong.
vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('on %s', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  describe('migrate', () => {
    it('has run every migration once, in order, at open', async () => {
      const rows = await db.query<{ version: number }>(
        'select version from schema_migrations order by version',
      );
      expect(rows.map((row) => row.version)).toEqual(migrations.map((m) => m.version));
    });

    it('does nothing when run again, even concurrently', async () => {
      expect(await Promise.all([migrate(db), migrate(db)])).toEqual([[], []]);
    });

    // Numbers are handed out to parallel branches, so one may land before a lower one: a
    // version not yet applied is applied whatever its place (migrate checks each by number).
    it('numbers migrations from 1 upwards, each number once, in order', () => {
      const versions = migrations.map((m) => m.version);
      expect(versions[0]).toBe(1);
      expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    });

    it('rolls back a transaction that throws', async () => {
      await expect(
        db.transaction(async (tx) => {
          await tx.query(
            "insert into campaigns (site_key, campaigns, updated_at) values ('rollback', '[]', now())",
          );
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await db.query("select 1 from campaigns where site_key = 'rollback'")).toEqual([]);
    });
  });
});
