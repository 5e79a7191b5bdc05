import type { Database, Queryable } from '../db/database.js';
import { isDatabaseUnavailableError, isStorageFullError } from '../errors.js';
import type { Metrics } from './metrics.js';

/** The same database, with every statement timed and counted in `metrics`. */
export function observeDatabase(
  db: Database,
  metrics: Pick<Metrics, 'dbQueries' | 'dbQueriesInFlight'>,
): Database {
  const observe = (target: Queryable): Queryable => ({
    async query(sql, params) {
      const stop = metrics.dbQueries.startTimer();
      metrics.dbQueriesInFlight.inc();
      try {
        const rows = await target.query(sql, params);
        stop({ outcome: 'ok' });
        return rows as never;
      } catch (error) {
        stop({ outcome: outcomeOf(error) });
        throw error;
      } finally {
        metrics.dbQueriesInFlight.dec();
      }
    },
  });
  return {
    kind: db.kind,
    query: observe(db).query,
    transaction: (work) => db.transaction((tx) => work(observe(tx))),
    close: () => db.close(),
  };
}

function outcomeOf(error: unknown): string {
  if (isDatabaseUnavailableError(error)) return 'unavailable';
  if (isStorageFullError(error)) return 'disk-full';
  return 'error';
}
