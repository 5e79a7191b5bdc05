// PostgreSQL stopped and restarted under load, on a throwaway cluster of our own (never the
// shared one): while it is away every request answers 503 with Retry-After within the
// request deadline (no 500, no hang, no reset), readiness turns 503 while liveness stays 200,
// and the server recovers on its own when the database returns. Nothing acknowledged is lost.
import { afterAll, expect, it } from 'vitest';
import {
  clusterUnavailable,
  postgresDatabase,
  queryPostgres,
  startEventLoad,
  startServer,
  type ThrowawayCluster,
  tearDown,
  throwawayCluster,
} from './support/index.js';

const unavailable = await clusterUnavailable();
let cluster: ThrowawayCluster | undefined;
// The database lives in the cluster: destroying the cluster removes it (even while it is down).
afterAll(() => tearDown(cluster?.destroy));

const REQUEST_TIMEOUT_MS = 3000;

it.skipIf(unavailable)(
  `answers 503 with Retry-After while PostgreSQL is down, then recovers${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  async () => {
    cluster = await throwawayCluster();
    const database = await postgresDatabase(cluster.url);
    const server = await startServer({
      database: database.env,
      env: {
        GRAPEVINE_DB_TIMEOUT_MS: '1000',
        GRAPEVINE_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      },
    });
    const status = async (path: string) => (await fetch(`${server.url}${path}`)).status;
    const load = startEventLoad(server.url, { connections: 8 });
    await load.answered(60);

    await cluster.stop('fast');
    await load.until((outcome) => outcome.status === 503);
    await load.answered(40); // the outage goes on for a while under load
    expect(await status('/health/ready')).toBe(503);
    expect(await status('/health')).toBe(503);
    expect(await status('/health/live')).toBe(200);

    await cluster.start();
    const recoveredAt = performance.now();
    await load.until((outcome) => outcome.status === 200 && outcome.sentAt > recoveredAt);
    await load.answered(40);
    expect(await status('/health/ready')).toBe(200);
    const report = await load.stop();

    const unexpected = report.outcomes.filter(
      (outcome) => outcome.status !== 200 && outcome.status !== 503,
    );
    expect(unexpected).toEqual([]);
    const outage = report.outcomes.filter((outcome) => outcome.status === 503);
    expect(outage.length).toBeGreaterThan(0);
    expect(outage.every((outcome) => outcome.retryAfter === '5')).toBe(true);
    // Nothing hangs: every answer came within the request deadline (plus scheduling slack).
    expect(Math.max(...report.outcomes.map((outcome) => outcome.ms))).toBeLessThan(
      REQUEST_TIMEOUT_MS + 3000,
    );
    const rows = await queryPostgres<{ id: string }>(database.location, 'select id from events');
    const stored = new Set(rows.map((row) => row.id));
    expect([...report.acknowledged].filter((id) => !stored.has(id))).toEqual([]);
    expect(server.logs.some((entry) => entry.message === 'database unavailable')).toBe(true);
  },
);
