// A server process killed outright (SIGKILL) under load: every event it acknowledged is
// stored. The property the harness is built on, and a check of the harness itself.
import { describe, expect, it } from 'vitest';
import { faultDatabases, startEventLoad, startServer, storedEventIds } from './support/index.js';

describe.each(faultDatabases())('SIGKILL under load on $kind', ({ make, skip }) => {
  it.skipIf(skip)('loses no acknowledged event', async () => {
    const database = await make();
    const server = await startServer({ database: database.env });
    const load = startEventLoad(server.url, { connections: 8 });
    await load.answered(150);
    const exit = await server.kill('SIGKILL');
    const report = await load.stop();

    expect(report.byStatus).toMatchObject({ 200: expect.any(Number) });
    expect(exit.signal).toBe('SIGKILL');
    expect(report.acknowledged.size).toBeGreaterThanOrEqual(150);
    const stored = await storedEventIds(database);
    const lost = [...report.acknowledged].filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
  });
});
