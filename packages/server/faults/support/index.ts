// The fault-suite harness: real server processes, real databases, real signals.
//
//   describe.each(faultDatabases())('… on $kind', ({ make, skip }) => {
//     it.skipIf(skip)('…', async () => {
//       const database = await make();            // PGlite, or PostgreSQL when its URL is set
//       const server = await startServer({ database: database.env, env: { … } });
//       const load = startEventLoad(server.url, { connections: 16 });
//       await load.answered(200);                 // some traffic is through
//       await server.kill('SIGTERM');             // or 'SIGKILL'; resolves with { code, signal }
//       const report = await load.stop();         // outcomes, byStatus, acknowledged ids
//       expect(await storedEventIds(database)).toEqual(expect.objectContaining(…));
//     });                                         // servers and databases go after each test
//   });
//
// - startServer / spawnServer (server-process.ts): `src/main.ts serve` from source under tsx,
//   HOST 127.0.0.1, PORT 0, one site (FAULT_SITE, key FAULT_SITE_KEY) and FAULT_ADMIN_TOKEN;
//   `env` adds or overrides variables. `logs` holds every parsed JSON log line; `waitForLog`
//   awaits one. spawnServer does not wait for readiness (for a process expected to refuse).
// - pgliteDatabase / postgresDatabase (databases.ts): a data dir in a tmp dir (a copy of the
//   migrated template global-setup.ts builds once; `{ fresh: true }`: an empty one), or a fresh
//   database on GRAPEVINE_TEST_DATABASE_URL (`postgresUrl`, undefined when unset: skip then).
// - throwawayCluster (cluster.ts): a PostgreSQL cluster of our own on its own port that a test
//   may stop and start; `clusterUnavailable()` says why not (skip with that reason).
// - faultDatabases (each-database.ts): the `describe.each` table of PGlite and PostgreSQL
//   (skipped without its URL) whose `make` databases, and every server, go after each test;
//   tearDown(...cleanups) does the same in an `afterAll`.
// - startEventLoad (load.ts): fetch loops posting impression events with fresh ids;
//   impressionEvent / postEvents: one such event, one POST /v1/events.
// - storedEventIds (stored.ts): the ids in the events table (PGlite: after the process exits).
export {
  clusterUnavailable,
  type ThrowawayCluster,
  throwawayCluster,
} from './cluster.js';
export {
  type FaultDatabase,
  pgliteDatabase,
  pgliteDatabaseIn,
  postgresDatabase,
  postgresUrl,
  queryPostgres,
} from './databases.js';
export { type DatabaseKind, faultDatabases, tearDown } from './each-database.js';
export {
  impressionEvent,
  type Load,
  type LoadOptions,
  type LoadOutcome,
  type LoadReport,
  postEvents,
  startEventLoad,
} from './load.js';
export {
  type Exit,
  FAULT_ADMIN_TOKEN,
  FAULT_SITE,
  FAULT_SITE_KEY,
  killAllServers,
  type LogEntry,
  type ServerProcess,
  type ServerProcessOptions,
  spawnServer,
  startServer,
} from './server-process.js';
export { storedEventIds } from './stored.js';
