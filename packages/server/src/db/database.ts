/** Something that runs parameterized SQL (`$1`, `$2`, …). Values are never spliced into text. */
export interface Queryable {
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<Row[]>;
}

/**
 * The server's database: the same SQL runs on PGlite (embedded) and PostgreSQL.
 * Conventions that keep both drivers alike: times are `timestamptz` passed as `Date`,
 * counts are cast to `int`, JSON is passed as text and cast with `$n::text::jsonb` (a bare
 * `$n::jsonb` makes postgres.js encode the string again, storing a JSON string).
 */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction; it commits when `work` resolves and rolls back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
