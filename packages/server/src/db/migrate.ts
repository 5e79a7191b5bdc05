import { MigrationError } from '../errors.js';
import type { Database } from './database.js';
import { migrations } from './migrations.js';

// Any fixed number: the advisory lock serialises concurrent starts against one PostgreSQL.
const MIGRATION_LOCK = 4_711_000_001;

/**
 * Applies every migration newer than the database's version, each in its own transaction,
 * and records it in `schema_migrations`. Safe to run from several processes at once.
 * @returns the versions applied now.
 */
export async function migrate(db: Database): Promise<number[]> {
  // Under the lock too: concurrent `create table if not exists` can collide in PostgreSQL.
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'create table if not exists schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())',
    );
  });
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const rows = await tx.query('select 1 from schema_migrations where version = $1', [
        migration.version,
      ]);
      if (rows.length > 0) return false;
      try {
        for (const statement of migration.statements) await tx.query(statement);
      } catch (error) {
        throw new MigrationError(migration.version, error);
      }
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
