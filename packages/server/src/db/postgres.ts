import postgres from 'postgres';
import type { Database, Queryable } from './database.js';
import { guarded } from './failures.js';

/** Pool size, timeouts and the schema to work in. */
export interface PostgresOptions {
  /** @default 10 */
  max?: number;
  /**
   * A query (including the wait for a connection) that takes longer fails with
   * `DatabaseUnavailableError` and is cancelled; connecting gives up after this too.
   * @default Infinity (connecting: 30 s)
   */
  timeoutMs?: number;
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
  const timeoutMs = options.timeoutMs ?? Number.POSITIVE_INFINITY;
  const sql = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: Number.isFinite(timeoutMs) ? Math.max(1, Math.ceil(timeoutMs / 1000)) : 30,
    onnotice: () => {},
    ...(options.connectTimeoutSeconds ? { connect_timeout: options.connectTimeoutSeconds } : {}),
    ...(options.schema ? { connection: { search_path: options.schema } } : {}),
  });
  const wrap = (target: postgres.Sql | postgres.TransactionSql): Queryable => ({
    async query<Row extends object>(text: string, params: readonly unknown[] = []) {
      // Prepared (parsed and planned once per connection): the server's SQL is a fixed set
      // of texts with `$n` parameters.
      const pending = target.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
        prepare: true,
      });
      const rows = await guarded(
        () => pending,
        timeoutMs,
        () => pending.cancel(),
      );
      return rows as unknown as Row[];
    },
  });
  const self = wrap(sql);
  await self.query('select 1');
  return {
    kind: 'postgres',
    query: self.query,
    // Each statement inside has its deadline; the transaction's errors are classified too.
    transaction: (work) =>
      guarded(() => sql.begin((tx) => work(wrap(tx))) as Promise<never>, Number.POSITIVE_INFINITY),
    close: () => sql.end({ timeout: 5 }),
  };
}
