import { openPglite } from '../../src/db/pglite.js';
import { type FaultDatabase, queryPostgres } from './databases.js';

/**
 * The event ids stored in a fault database. For PGlite, call it after the server process
 * has exited (one process at a time owns a data directory).
 */
export async function storedEventIds(database: FaultDatabase): Promise<Set<string>> {
  const sql = 'select id from events';
  if ('DATABASE_URL' in database.env) {
    const rows = await queryPostgres<{ id: string }>(database.location, sql);
    return new Set(rows.map((row) => row.id));
  }
  const db = await openPglite(database.location);
  try {
    const rows = await db.query<{ id: string }>(sql);
    return new Set(rows.map((row) => row.id));
  } finally {
    await db.close();
  }
}
