#!/usr/bin/env node
// Load benchmark (not a test): `pnpm --filter @grapevine/server bench:load [--db=pglite|postgres]`.
// Starts the real server in a second process, then autocannon fires POST /v1/events at it
// from this one: 200 connections, one event per request, 5 % of the requests replaying an id
// already sent. Reports throughput, p50/p99 latency, peak server memory, and checks that the
// rows stored equal the unique ids sent (ids whose request failed are sent again at the end,
// as the widget's outbox would).
//   --db=postgres uses GRAPEVINE_BENCH_DATABASE_URL or GRAPEVINE_TEST_DATABASE_URL (a fresh
//   database is created in that server and dropped afterwards).
//   --requests=N (default 30000), --connections=N (default 200).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import postgres from 'postgres';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const kind = args.db ?? 'pglite';
const requests = Number(args.requests ?? 30_000);
const connections = Number(args.connections ?? 200);
const duplicateShare = 0.05;
const adminToken = 'bench-admin-token-0123456789';
const siteKey = 'bench-shop';

async function databaseEnv() {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'grapevine-bench-'));
    return {
      env: { GRAPEVINE_DATA_DIR: dir },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = process.env.GRAPEVINE_BENCH_DATABASE_URL ?? process.env.GRAPEVINE_TEST_DATABASE_URL;
  if (!base)
    throw new Error(
      '--db=postgres needs GRAPEVINE_BENCH_DATABASE_URL or GRAPEVINE_TEST_DATABASE_URL',
    );
  const name = `grapevine_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    cleanup: async () => {
      await admin.unsafe(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}

async function startServer(env) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@grapevine/source', 'src/main.ts'],
    {
      cwd: new URL('..', import.meta.url).pathname,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        ...env,
        PORT: '0',
        GRAPEVINE_ADMIN_TOKEN: adminToken,
        GRAPEVINE_RATE_LIMIT_PER_IP: '1000000000',
        GRAPEVINE_SITES: JSON.stringify([
          {
            siteKey,
            secret: 'bench-secret-0123456789',
            origins: [],
            landingUrl: 'https://shop.example/?ref={code}',
          },
        ]),
      },
    },
  );
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    lines.on('line', (line) => {
      const entry = JSON.parse(line);
      if (entry.url) resolve(entry.url);
    });
  });
  return { url, child };
}

async function metrics(url) {
  const response = await fetch(`${url}/admin/metrics.json`, {
    headers: { Authorization: `Bearer ${adminToken}` },
  });
  return response.json();
}

const database = await databaseEnv();
const server = await startServer(database.env);
process.once('exit', () => server.child.kill('SIGTERM'));
try {
  const sent = [];
  const acknowledged = new Set();
  let replays = 0;
  let peakRss = 0;
  const poll = setInterval(() => {
    metrics(server.url).then(
      (sample) => {
        peakRss = Math.max(peakRss, sample.memory.rss);
      },
      () => {}, // a sample lost under load is just a sample
    );
  }, 250);
  const event = (id) => ({
    id,
    type: 'impression',
    at: Date.now(),
    visitorId: `v-${id}`,
    campaignId: 'refer-a-friend',
    variantId: 'give-get',
  });
  const result = await autocannon({
    url: server.url,
    connections,
    amount: requests,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: '/v1/events',
        headers: { 'content-type': 'application/json', 'x-grapevine-site-key': siteKey },
        setupRequest: (request) => {
          let id;
          if (sent.length > 0 && Math.random() < duplicateShare) {
            id = sent[Math.floor(Math.random() * sent.length)];
            replays += 1;
          } else {
            id = `bench-${sent.length}-${randomBytes(4).toString('hex')}`;
            sent.push(id);
          }
          return { ...request, body: JSON.stringify({ events: [event(id)] }) };
        },
        onResponse: (status, body) => {
          if (status !== 200) return;
          const answer = JSON.parse(body);
          for (const id of [...answer.accepted, ...answer.duplicates]) acknowledged.add(id);
        },
      },
    ],
  });
  clearInterval(poll);
  // Like the widget's outbox: ids whose request failed (timeout, reset) are sent again, so
  // every id is delivered at least once; the server must still store each exactly once.
  const unacknowledged = sent.filter((id) => !acknowledged.has(id));
  for (let i = 0; i < unacknowledged.length; i += 100) {
    const response = await fetch(`${server.url}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-grapevine-site-key': siteKey },
      body: JSON.stringify({ events: unacknowledged.slice(i, i + 100).map(event) }),
    });
    const answer = await response.json();
    for (const id of [...answer.accepted, ...answer.duplicates]) acknowledged.add(id);
  }
  const final = await metrics(server.url);
  const report = {
    database: final.database,
    connections,
    requests: result.requests.total,
    replayShare: `${((replays / result.requests.total) * 100).toFixed(1)} %`,
    throughput: `${Math.round(result.requests.average)} req/s`,
    p50: `${result.latency.p50} ms`,
    p99: `${result.latency.p99} ms`,
    errors: result.errors,
    timeouts: result.timeouts,
    resentAfterFailure: unacknowledged.length,
    non2xx: result.non2xx,
    uniqueIdsSent: sent.length,
    uniqueIdsAcknowledged: acknowledged.size,
    rowsStored: final.events,
    rowsMatch: final.events === sent.length,
    peakRssMB: Math.round(Math.max(peakRss, final.memory.rss) / 1_048_576),
    finalHeapMB: Math.round(final.memory.heapUsed / 1_048_576),
  };
  console.log(JSON.stringify(report, null, 2));
  console.log(
    `| ${report.database} | ${report.connections} | ${report.requests} | ${report.throughput} | ${report.p50} | ${report.p99} | ${report.errors + report.timeouts} | ${report.rowsStored} / ${report.uniqueIdsSent} | ${report.peakRssMB} MB |`,
  );
  if (!report.rowsMatch) process.exitCode = 1;
} finally {
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
  await database.cleanup();
}
