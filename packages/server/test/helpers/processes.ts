import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/open.js';
import { type DatabaseKind, postgresUrl, testDatabase } from './database.js';

/**
 * Two database handles on one database, as two server processes would hold them: two
 * connection pools on one PostgreSQL schema, or (PGlite has one connection) the same
 * handle twice, which still interleaves the processes' statements.
 */
export async function twoProcesses(
  kind: DatabaseKind,
): Promise<{ a: Database; b: Database; close(): Promise<void> }> {
  if (kind === 'pglite' || !postgresUrl) {
    const db = await testDatabase('pglite');
    return { a: db, b: db, close: () => db.close() };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create schema ${schema}`);
  const a = await openDatabase({ url: postgresUrl, schema });
  const b = await openDatabase({ url: postgresUrl, schema });
  return {
    a,
    b,
    close: async () => {
      await a.close();
      await b.close();
      await admin.unsafe(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}
