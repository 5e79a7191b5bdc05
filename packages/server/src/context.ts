import type { Clock } from './clock.js';
import type { Database } from './db/database.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics/metrics.js';
import type { EventWriter } from './services/event-rows.js';
import type { SiteRegistry } from './site.js';

/** Business rules with a time dimension. */
export interface Policy {
  /** A purchase within this long after the friend arrived credits the advocate. @default 30 days */
  attributionMs: number;
  /** A reward stays pending this long (returns), then is approved. @default 14 days */
  returnWindowMs: number;
}

/** What every service needs; built once per server and passed down, never global. */
export interface ServerContext {
  db: Database;
  clock: Clock;
  logger: Logger;
  sites: SiteRegistry;
  policy: Policy;
  /** Present when `/metrics` is on. */
  metrics?: Metrics;
  /** Stores event batches without effects, several requests per statement (group commit). */
  writeEvents?: EventWriter;
}
