import { afterEach } from 'vitest';
import { type FaultDatabase, pgliteDatabase, postgresDatabase, postgresUrl } from './databases.js';
import { killAllServers } from './server-process.js';

/** One database a fault case runs on, for `describe.each`. */
export interface DatabaseKind {
  kind: 'pglite' | 'postgres';
  /** True when the database is not available here (PostgreSQL without its URL). */
  skip: boolean;
  /** Makes a fresh database, removed after the test. */
  make(): Promise<FaultDatabase>;
}

/**
 * The databases every fault case runs on: PGlite always, PostgreSQL when
 * GRAPEVINE_TEST_DATABASE_URL is set. Call it at a test file's top level: it registers an
 * `afterEach` that kills every server process and removes the databases `make` made.
 * @example describe.each(faultDatabases())('… on $kind', ({ make, skip }) => { … });
 */
export function faultDatabases(): DatabaseKind[] {
  const made: FaultDatabase[] = [];
  afterEach(async () => {
    await killAllServers();
    for (const database of made.splice(0)) await database.cleanup();
  });
  const track = async (database: FaultDatabase | Promise<FaultDatabase>) => {
    const ready = await database;
    made.push(ready);
    return ready;
  };
  return [
    { kind: 'pglite', skip: false, make: () => track(pgliteDatabase()) },
    { kind: 'postgres', skip: !postgresUrl, make: () => track(postgresDatabase()) },
  ];
}

/**
 * Kills every server process, then runs the clean-ups in order (a database's `cleanup`, a
 * cluster's `destroy`); `undefined` ones (never made) are passed over. For an `afterAll`.
 * @example afterAll(() => tearDown(database?.cleanup, cluster?.destroy));
 */
export async function tearDown(
  ...cleanups: Array<(() => Promise<void>) | undefined>
): Promise<void> {
  await killAllServers();
  for (const cleanup of cleanups) await cleanup?.();
}
