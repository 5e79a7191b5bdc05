import type { Database } from './db/database.js';
import type { Lifecycle } from './http/lifecycle.js';
import type { Listening } from './listen.js';
import type { Logger } from './logger.js';

/** What {@link drainAndClose} stops, in order. */
export interface Running {
  lifecycle: Lifecycle;
  server: Listening;
  stopJobs(): Promise<void>;
  db: Database;
  logger: Logger;
}

/**
 * The graceful stop on SIGTERM/SIGINT: readiness turns 503, no new connections, in-flight
 * requests finish (cut after `graceMs`), the job loop ends its round, the database closes.
 * @returns the number of requests cut at the end of the grace period (0 when all finished).
 */
export async function drainAndClose(running: Running, graceMs: number): Promise<number> {
  const { lifecycle, server, logger } = running;
  lifecycle.beginDrain();
  logger.info('draining', { inFlight: server.inFlight(), graceMs });
  const started = Date.now();
  const [{ forced }] = await Promise.all([server.drain(graceMs), running.stopJobs()]);
  if (forced > 0) logger.warn('grace period over: requests cut', { forced, graceMs });
  await running.db.close();
  logger.info('stopped', { ms: Date.now() - started, forced });
  return forced;
}
