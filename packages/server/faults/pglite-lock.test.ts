// Two processes on one PGlite data directory: the second refuses to start, naming the
// directory and the holder; after the holder dies (SIGKILL), its stale lock is taken over.
import { afterAll, expect, it } from 'vitest';
import {
  pgliteDatabase,
  spawnServer,
  startEventLoad,
  startServer,
  storedEventIds,
  tearDown,
} from './support/index.js';

const database = pgliteDatabase();
afterAll(() => tearDown(database.cleanup));

it('refuses a second process on the same directory, then takes over a dead holder’s lock', async () => {
  const first = await startServer({ database: database.env });
  const load = startEventLoad(first.url, { connections: 4 });
  await load.answered(50);

  const second = spawnServer({ database: database.env });
  const exit = await second.exited;
  expect(exit.code).toBe(1);
  const refusal = second.logs.map((entry) => entry.raw).join('\n');
  expect(refusal).toContain(
    `The PGlite data directory ${database.location} is in use by process ${first.pid}`,
  );

  // The first process was never disturbed.
  await load.answered(20);
  const report = await load.stop();
  expect(report.outcomes.filter((outcome) => outcome.status !== 200)).toEqual([]);

  await first.kill('SIGKILL'); // leaves its lock file behind, with a pid that is gone
  const third = await startServer({ database: database.env });
  const health = await fetch(`${third.url}/health/ready`);
  expect(health.status).toBe(200);
  await third.kill('SIGTERM');
  const stored = await storedEventIds(database);
  expect([...report.acknowledged].filter((id) => !stored.has(id))).toEqual([]);
});
