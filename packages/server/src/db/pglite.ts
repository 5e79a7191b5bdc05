import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.js';
import type { Database, Queryable } from './database.js';
import { guarded } from './failures.js';

/** The embedded database, which can also be dumped (tests start from a migrated template). */
export interface PgliteDatabase extends Database {
  /** The whole data directory as an uncompressed tarball. */
  dump(): Promise<Blob>;
}

/**
 * Opens the embedded database: PGlite (PostgreSQL compiled to WebAssembly) in `dataDir`,
 * or in memory when `dataDir` is `memory://`; `loadDataDir` starts from a dump. A directory
 * is locked for this process (`<dataDir>.lock`) until `close()`.
 * @throws DataDirLockedError when another live process holds the directory.
 * @example const db = await openPglite('.data/pglite');
 */
export async function openPglite(
  dataDir: string,
  options: {
    loadDataDir?: Blob;
    /** A query past this fails with `DatabaseUnavailableError` (PGlite cannot cancel it). @default Infinity */
    timeoutMs?: number;
  } = {},
): Promise<PgliteDatabase> {
  const timeoutMs = options.timeoutMs ?? Number.POSITIVE_INFINITY;
  // One process per directory: a second one would silently lose writes.
  const lock = dataDir === 'memory://' ? undefined : lockDataDir(dataDir);
  let pg: PGlite;
  try {
    pg = await PGlite.create({
      ...(lock ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const wrap = (target: Pick<PGlite, 'query'>): Queryable => ({
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await guarded(() => target.query<Row>(sql, [...params]), timeoutMs);
      return result.rows;
    },
  });
  const self = wrap(pg);
  return {
    kind: 'pglite',
    query: self.query,
    transaction: (work) =>
      guarded(() => pg.transaction((tx) => work(wrap(tx))), Number.POSITIVE_INFINITY),
    close: async () => {
      try {
        await pg.close();
      } finally {
        lock?.release();
      }
    },
    dump: async () => pg.dumpDataDir('none'),
  };
}
