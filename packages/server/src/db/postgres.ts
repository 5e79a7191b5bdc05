import postgres from 'postgres';
import type { Database, Queryable } from './database.js';

/** Pool size and the schema to work in. */
export interface PostgresOptions {
  /** @default 10 */
  max?: number;
  /** Sets `search_path` on every connection (tests use one schema per suite). @default public */
  schema?: string;
  /** Seconds to wait for a connection before failing. @default 30 (the driver's) */
  connectTimeoutSeconds?: number;
}

/**
 * Connects to PostgreSQL through a pool of connections.
 * @example const db = await openPostgres('postgres://grapevine@127.0.0.1/grapevine');
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    ...(options.connectTimeoutSeconds ? { connect_timeout: options.connectTimeoutSeconds } : {}),
    ...(options.schema ? { connection: { search_path: options.schema } } : {}),
  });
  const wrap = (target: postgres.Sql | postgres.TransactionSql): Queryable => ({
    async query<Row extends object>(text: string, params: readonly unknown[] = []) {
      const rows = await target.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
      return rows as unknown as Row[];
    },
  });
  const self = wrap(sql);
  await self.query('select 1');
  return {
    kind: 'postgres',
    query: self.query,
    transaction: (work) => sql.begin((tx) => work(wrap(tx))) as Promise<never>,
    close: () => sql.end({ timeout: 5 }),
  };
}
