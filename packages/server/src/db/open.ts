import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/** Where the data lives: a PostgreSQL URL, or a PGlite directory (`memory://` for none). */
export type DatabaseLocation = { url: string; schema?: string } | { dataDir: string };

/**
 * Opens the database and brings its schema up to date (migrations run at start).
 * `timeoutMs` bounds every query (see {@link openPostgres}); unset, queries may wait.
 * @example const db = await openDatabase({ dataDir: 'memory://' });
 */
export async function openDatabase(
  location: DatabaseLocation,
  options: { timeoutMs?: number } = {},
): Promise<Database> {
  const db =
    'url' in location
      ? await openPostgres(location.url, {
          ...(location.schema ? { schema: location.schema } : {}),
          ...options,
        })
      : await openPglite(location.dataDir, options);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
