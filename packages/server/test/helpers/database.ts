import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import postgres from 'postgres';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations.js';
import { openDatabase } from '../../src/db/open.js';
import { openPglite } from '../../src/db/pglite.js';

/** Set in CI (and by hand) to run the suite against a real PostgreSQL as well. */
export const postgresUrl = process.env.GRAPEVINE_TEST_DATABASE_URL;

/** The databases every database suite runs on: PGlite always, PostgreSQL when configured. */
export type DatabaseKind = 'pglite' | 'postgres';
export const databaseKinds: DatabaseKind[] = postgresUrl ? ['pglite', 'postgres'] : ['pglite'];

// PGlite's initdb costs seconds; a migrated data directory, dumped once per schema version,
// loads in a fraction of that. Keyed by the migrations' text, so a schema change rebuilds it.
const templateDir = new URL('../../.tmp/', import.meta.url).pathname;
const templatePath = `${templateDir}pglite-${createHash('sha256').update(JSON.stringify(migrations)).digest('hex').slice(0, 16)}.tar`;

async function pgliteFromTemplate(): Promise<Database> {
  if (existsSync(templatePath)) {
    const db = await openPglite('memory://', {
      loadDataDir: new Blob([readFileSync(templatePath)]),
    });
    await migrate(db);
    return db;
  }
  const db = await openPglite('memory://');
  await migrate(db);
  mkdirSync(templateDir, { recursive: true });
  const partial = `${templatePath}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, Buffer.from(await (await db.dump()).arrayBuffer()));
  renameSync(partial, templatePath); // atomic: parallel workers never read half a file
  return db;
}

/**
 * A fresh, migrated database for one suite: PGlite in memory, or a private schema in the
 * PostgreSQL of `GRAPEVINE_TEST_DATABASE_URL`, dropped on close.
 */
export async function testDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite' || !postgresUrl) return pgliteFromTemplate();
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
