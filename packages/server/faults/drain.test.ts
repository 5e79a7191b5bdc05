// SIGTERM under load: the server stops accepting, answers every request it already has
// (none is reset), exits 0, and every event it acknowledged is stored.
// On PostgreSQL the signal lands while requests wait on the database, so the test checks that
// it met in-flight requests. PGlite runs a request's queries without yielding to the event
// loop, so there the signal is handled between requests: the same checks, fewer in flight.
import { describe, expect, it } from 'vitest';
import { faultDatabases, startEventLoad, startServer, storedEventIds } from './support/index.js';

describe.each(faultDatabases())('SIGTERM under load on $kind', ({ kind, make, skip }) => {
  it.skipIf(skip)('drains: in-flight requests answered, exit 0, nothing lost', async () => {
    const database = await make();
    const server = await startServer({
      database: database.env,
      env: { GRAPEVINE_SHUTDOWN_GRACE_MS: '20000' },
    });
    // Batches keep every connection busy, so requests are in flight at the signal.
    // A long client timeout: on a busy machine PGlite can queue a batch for many seconds, and
    // a slow answer is not what this test is about (a cut connection is).
    const load = startEventLoad(server.url, { connections: 8, batch: 25, timeoutMs: 90_000 });
    await load.answered(40);
    const stopped = load.stop(); // no new requests from here; those in flight must finish
    const exit = await server.kill('SIGTERM');
    const report = await stopped;

    const draining = await server.waitForLog((entry) => entry.message === 'draining');
    if (kind === 'postgres') expect(draining.inFlight).toBeGreaterThan(0);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(report.outcomes.filter((outcome) => outcome.status !== 200)).toEqual([]);
    expect(server.logs.find((entry) => entry.message === 'stopped')).toMatchObject({ forced: 0 });
    const stored = await storedEventIds(database);
    expect([...report.acknowledged].filter((id) => !stored.has(id))).toEqual([]);
  });
});
