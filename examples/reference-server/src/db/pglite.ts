import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/**
 * Opens the embedded database: PGlite (PostgreSQL compiled to WebAssembly) in `dataDir`,
 * or in memory when `dataDir` is `memory://`.
 * @example const db = await openPglite('.data/pglite');
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const pg = await PGlite.create(dataDir === 'memory://' ? undefined : dataDir);
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
  };
}
