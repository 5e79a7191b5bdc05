import type { Queryable } from '../db/database.js';

/**
 * Serializes, across server processes, every transaction that touches the same order or
 * visitor: a verified order, its refunds and the browser's report of it each take the locks
 * of the names they know (`order:<id or alias>`, `visitor:<id>`) before reading anything, so
 * whichever commits second sees the first. Transaction-scoped advisory locks, taken in sorted
 * order so two transactions never wait on each other in a cycle; a hash collision only
 * serializes two unrelated facts.
 */
export async function lockOrderNames(
  tx: Queryable,
  siteKey: string,
  names: readonly string[],
): Promise<void> {
  const keys = [...new Set(names.map((name) => `${siteKey}\n${name}`))].sort();
  for (const key of keys) {
    await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }
}
