import { existsSync } from 'node:fs';
import type { ServerConfig } from '../../config.js';
import type { Database } from '../../db/database.js';
import { migrations } from '../../db/migrations.js';
import { openPglite } from '../../db/pglite.js';
import { openPostgres } from '../../db/postgres.js';
import { type CheckResult, messageOf, redactUrl } from './result.js';

const NAME = 'database';

/**
 * Connects without migrating and compares `schema_migrations` with the migrations this
 * version knows: pending ones (run `migrate`) and unknown ones (a newer server migrated it)
 * both fail. PGlite is opened only when its directory exists (opening creates one).
 */
export async function checkDatabase(config: ServerConfig): Promise<CheckResult> {
  const where = config.databaseUrl
    ? `PostgreSQL at ${redactUrl(config.databaseUrl)}`
    : `PGlite in ${config.dataDir}`;
  if (!config.databaseUrl && config.dataDir === 'memory://') {
    return {
      name: NAME,
      outcome: 'warn',
      detail:
        'PGlite in memory: created at start and lost at exit; set GRAPEVINE_DATA_DIR or DATABASE_URL to keep data',
    };
  }
  if (!config.databaseUrl && !existsSync(config.dataDir)) {
    return {
      name: NAME,
      outcome: 'fail',
      detail: `no ${where} yet: run "grapevine-server migrate" (or start the server) to create it`,
    };
  }
  let db: Database;
  try {
    db = config.databaseUrl
      ? await openPostgres(config.databaseUrl, { max: 1, connectTimeoutSeconds: 10 })
      : await openPglite(config.dataDir);
  } catch (error) {
    return { name: NAME, outcome: 'fail', detail: `cannot open ${where}: ${messageOf(error)}` };
  }
  try {
    return { name: NAME, ...(await migrationState(db, where)) };
  } catch (error) {
    return { name: NAME, outcome: 'fail', detail: `${where}: ${messageOf(error)}` };
  } finally {
    await db.close().catch(() => {});
  }
}

async function migrationState(
  db: Database,
  where: string,
): Promise<Pick<CheckResult, 'outcome' | 'detail'>> {
  const [table] = await db.query<{ present: boolean }>(
    "select to_regclass('schema_migrations') is not null as present",
  );
  const applied = table?.present
    ? (await db.query<{ version: number }>('select version from schema_migrations')).map((row) =>
        Number(row.version),
      )
    : [];
  const known = migrations.map((migration) => migration.version);
  const pending = known.filter((version) => !applied.includes(version));
  const unknown = applied.filter((version) => !known.includes(version));
  const latest = Math.max(...known);
  if (unknown.length > 0) {
    return {
      outcome: 'fail',
      detail: `${where} has migrations this version does not know (${unknown.join(', ')}): it was migrated by a newer grapevine-server; run that version`,
    };
  }
  if (pending.length > 0) {
    return {
      outcome: 'fail',
      detail: `${where} is reachable; ${pending.length} of ${known.length} migrations pending (${pending.join(', ')}): run "grapevine-server migrate"`,
    };
  }
  return {
    outcome: 'pass',
    detail: `${where} is reachable; schema at version ${latest} (latest)`,
  };
}
