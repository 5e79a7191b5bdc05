import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/** The embedded database, which can also be dumped (tests start from a migrated template). */
export interface PgliteDatabase extends Database {
  /** The whole data directory as an uncompressed tarball. */
  dump(): Promise<Blob>;
}

/**
 * Opens the embedded database: PGlite (PostgreSQL compiled to WebAssembly) in `dataDir`,
 * or in memory when `dataDir` is `memory://`; `loadDataDir` starts from a dump.
 * @example const db = await openPglite('.data/pglite');
 */
export async function openPglite(
  dataDir: string,
  options: { loadDataDir?: Blob } = {},
): Promise<PgliteDatabase> {
  const pg = await PGlite.create({
    ...(dataDir === 'memory://' ? {} : { dataDir }),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const wrap = (target: Pick<PGlite, 'query'>): Queryable => ({
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    },
  });
  const self = wrap(pg);
  return {
    kind: 'pglite',
    query: self.query,
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: () => pg.close(),
    dump: async () => pg.dumpDataDir('none'),
  };
}
