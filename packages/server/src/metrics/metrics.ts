import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Queryable } from '../db/database.js';

/** The server's Prometheus metrics, in a registry of its own (no global state). */
export interface Metrics {
  registry: Registry;
  /** Requests by method, route pattern (`/v1/referrals/:code`) and status. */
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  /** Events stored (`accepted`) or acknowledged again (`duplicate`), by site. */
  eventsIngested: Counter<'site' | 'result'>;
  /** Background jobs and webhook deliveries run, by outcome (`done`, `retrying`, `failed`). */
  jobRuns: Counter<'kind' | 'outcome'>;
  /** Database statements by outcome (`ok`, `error`, `unavailable`, `disk-full`). */
  dbQueries: Histogram<'outcome'>;
  dbQueriesInFlight: Gauge;
  /** 1 when the last readiness check reached the database, else 0. */
  dbUp: Gauge;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Creates the registry: HTTP, events, jobs, database, Node process metrics, and two gauges
 * read from the database at each scrape (jobs and webhooks waiting, and given up).
 * @example const metrics = createMetrics({ db, poolMax: 10 });
 */
export function createMetrics(options: { db: Queryable; poolMax?: number }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'grapevine_' });
  const registers = [registry];
  const metrics: Metrics = {
    registry,
    httpRequests: new Counter({
      name: 'grapevine_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    httpDuration: new Histogram({
      name: 'grapevine_http_request_duration_seconds',
      help: 'Time from request to response, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      buckets: SECONDS,
      registers,
    }),
    eventsIngested: new Counter({
      name: 'grapevine_events_ingested_total',
      help: 'Events received: accepted (stored now) or duplicate (acknowledged again).',
      labelNames: ['site', 'result'],
      registers,
    }),
    jobRuns: new Counter({
      name: 'grapevine_job_runs_total',
      help: 'Background work run: jobs and webhook deliveries, by outcome.',
      labelNames: ['kind', 'outcome'],
      registers,
    }),
    dbQueries: new Histogram({
      name: 'grapevine_db_query_duration_seconds',
      help: 'Database statements, by outcome (ok, error, unavailable, disk-full).',
      labelNames: ['outcome'],
      buckets: SECONDS,
      registers,
    }),
    dbQueriesInFlight: new Gauge({
      name: 'grapevine_db_queries_in_flight',
      help: 'Database statements running or waiting for a pooled connection.',
      registers,
    }),
    dbUp: new Gauge({
      name: 'grapevine_db_up',
      help: '1 when the last readiness check reached the database, else 0.',
      registers,
    }),
  };
  new Gauge({
    name: 'grapevine_db_pool_max',
    help: 'Connections the PostgreSQL pool may open (1 for PGlite).',
    registers,
  }).set(options.poolMax ?? 1);
  const db = options.db;
  new Gauge({
    name: 'grapevine_queue_depth',
    help: 'Work waiting in the database queues (due or scheduled), by queue and kind.',
    labelNames: ['queue', 'kind'],
    registers,
    async collect() {
      this.reset();
      for (const row of await queueCounts(db, 'waiting')) this.set(row, row.n);
    },
  });
  new Gauge({
    name: 'grapevine_queue_failed',
    help: 'Work given up (jobs and webhooks past their retries), by queue and kind.',
    labelNames: ['queue', 'kind'],
    registers,
    async collect() {
      this.reset();
      for (const row of await queueCounts(db, 'failed')) this.set(row, row.n);
    },
  });
  return metrics;
}

const QUEUE_COUNTS = {
  waiting: {
    jobs: 'select kind, count(*)::int as n from jobs where done_at is null and failed_at is null group by kind',
    webhooks:
      'select type as kind, count(*)::int as n from webhook_deliveries where delivered_at is null and failed_at is null group by type',
  },
  failed: {
    jobs: 'select kind, count(*)::int as n from jobs where failed_at is not null group by kind',
    webhooks:
      'select type as kind, count(*)::int as n from webhook_deliveries where failed_at is not null group by type',
  },
} as const;

async function queueCounts(db: Queryable, state: keyof typeof QUEUE_COUNTS) {
  const jobs = await db.query<{ kind: string; n: number }>(QUEUE_COUNTS[state].jobs);
  const webhooks = await db.query<{ kind: string; n: number }>(QUEUE_COUNTS[state].webhooks);
  return [
    ...jobs.map((row) => ({ queue: 'jobs', kind: row.kind, n: row.n })),
    ...webhooks.map((row) => ({ queue: 'webhooks', kind: row.kind, n: row.n })),
  ];
}
