import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/open.js';

/** Set in CI (and by hand) to run the suite against a real PostgreSQL as well. */
export const postgresUrl = process.env.GRAPEVINE_TEST_DATABASE_URL;

/**
 * A fresh, migrated database for one test file: PGlite in memory, or with
 * `GRAPEVINE_TEST_DATABASE_URL` a private schema in that PostgreSQL, dropped on close.
 */
export async function testDatabase(): Promise<Database> {
  if (!postgresUrl) return openDatabase({ dataDir: 'memory://' });
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create schema ${schema}`);
  const db = await openDatabase({ url: postgresUrl, schema });
  return {
    ...db,
    kind: db.kind,
    close: async () => {
      await db.close();
      await admin.unsafe(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}
