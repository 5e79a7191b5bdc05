#!/usr/bin/env node
// Load benchmark (not a test): `pnpm --filter @grapevine/server bench:load [options]`.
// Starts the real server in a second process, then autocannon fires POST /v1/events at it
// from this one. Three scenarios, each on a fresh database:
//   single   one impression per request, 5 % of the requests replaying an id already sent;
//   batched  20 impressions per request (the outbox's batches), 5 % of the ids replayed;
//   mixed    20 events per request from one visitor: impressions, NPS answers (with comments,
//            a third of them detractors), copies and shares carrying the advocate's id
//            (advocate_visitors), referral captures and purchase reports with the advocate's
//            code (the purchase locks and the join to verified orders), so every effect runs
//            in its transaction.
// Reports events/s, requests/s, p50/p99 latency, peak server memory and the load average,
// and checks that the rows stored equal the unique ids sent and the NPS answers stored equal
// the unique answers sent (0 lost, 0 duplicated; ids whose request failed are sent again at
// the end, as the widget's outbox would).
//   --db=pglite|postgres|both (default pglite). postgres uses GRAPEVINE_BENCH_DATABASE_URL or
//     GRAPEVINE_TEST_DATABASE_URL (a fresh database per scenario, dropped afterwards).
//   --scenarios=single,batched,mixed (default all three)
//   --base=<checkout> also runs the same scenarios against the server of another checkout
//     (e.g. `git worktree add /tmp/base <commit>`), in the same run, and prints the ratio.
//   --requests=N (default 30000 single, 3000 batched and mixed), --connections=N (default
//     200 single, 50 batched and mixed), --pool=N sets GRAPEVINE_DATABASE_POOL for the server.
//   --profile=<dir> writes a V8 CPU profile of each server process there (open it in Chrome's
//     DevTools or any .cpuprofile viewer) to see where a scenario spends the server's time.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import postgres from 'postgres';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const kinds = args.db === 'both' ? ['pglite', 'postgres'] : [args.db ?? 'pglite'];
const scenarios = (args.scenarios ?? 'single,batched,mixed').split(',');
const here = new URL('..', import.meta.url).pathname;
const checkouts = [
  { name: 'this', serverDir: here },
  ...(args.base ? [{ name: 'base', serverDir: resolve(args.base, 'packages/server') }] : []),
];
const duplicateShare = 0.05;
const adminToken = 'bench-admin-token-0123456789';
const siteKey = 'bench-shop';
const BATCH = 20;

async function databaseEnv(kind) {
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
  const [{ fsync }] = await admin.unsafe('show fsync');
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    fsync,
    cleanup: async () => {
      await admin.unsafe(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}

async function startServer(serverDir, env) {
  const child = spawn(
    process.execPath,
    [
      ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args.profile)}`] : []),
      '--import',
      'tsx',
      '--conditions=@grapevine/source',
      'src/main.ts',
    ],
    {
      cwd: serverDir,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        ...env,
        ...(args.pool ? { GRAPEVINE_DATABASE_POOL: args.pool } : {}),
        PORT: '0',
        // One JSON line per request costs the server ~10 % of its CPU under this load, and
        // the base has no access log: measured without it (errors are still logged).
        GRAPEVINE_ACCESS_LOG: '0',
        GRAPEVINE_ADMIN_TOKEN: adminToken,
        GRAPEVINE_RATE_LIMIT_PER_IP: '1000000000',
        GRAPEVINE_SITES: JSON.stringify([
          {
            siteKey,
            secret: 'bench-secret-0123456789abcdef0123',
            origins: [],
            landingUrl: 'https://shop.example/?ref={code}',
            allowUnsignedReferrals: true,
          },
        ]),
      },
    },
  );
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line);
        if (entry.url) resolve(entry.url);
      } catch {
        // not a log line
      }
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

const post = (url, body) =>
  fetch(`${url}/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-grapevine-site-key': siteKey },
    body: JSON.stringify(body),
  });

/** A visitor's 20 events for the mixed load (ids are unique per call). */
function mixedEvents(serial, code, advocateId) {
  const visitorId = `v-${serial}-${randomBytes(3).toString('hex')}`;
  const base = (i, type) => ({
    id: `m-${serial}-${i}-${randomBytes(3).toString('hex')}`,
    type,
    at: Date.now(),
    visitorId,
  });
  const prompt = { campaignId: 'refer-a-friend', variantId: 'give-get' };
  const events = [];
  for (let i = 0; i < 10; i++) events.push({ ...base(i, 'impression'), ...prompt });
  for (let i = 10; i < 14; i++) {
    const score = [9, 10, 7, 3][i - 10];
    const segment = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
    events.push({
      ...base(i, 'nps-answer'),
      campaignId: 'nps-after-purchase',
      variantId: 'default',
      score,
      segment,
      kind: 'transactional',
      comment: `Answer ${serial}: ${'quick delivery, nice packaging 👍 '.repeat(2)}`,
    });
  }
  events.push({ ...base(14, 'copy'), ...prompt, code, advocateId });
  events.push({ ...base(15, 'share'), ...prompt, code, channel: 'email', advocateId });
  events.push({ ...base(16, 'referral-captured'), code });
  events.push({ ...base(17, 'referral-captured'), code });
  for (let i = 18; i < 20; i++) {
    events.push({
      ...base(i, 'purchase'),
      orderId: `order-${serial}-${i}`,
      total: 4999,
      currency: 'EUR',
      referralCode: code,
    });
  }
  return events;
}

async function runScenario(checkout, kind, scenario) {
  const database = await databaseEnv(kind);
  const server = await startServer(checkout.serverDir, database.env);
  const stop = () => server.child.kill('SIGTERM');
  process.once('exit', stop);
  try {
    const perRequest = scenario === 'single' ? 1 : BATCH;
    const connections = Number(args.connections ?? (scenario === 'single' ? 200 : 50));
    const requests = Number(args.requests ?? (scenario === 'single' ? 30_000 : 3_000));
    const sent = new Map(); // id -> event
    const acknowledged = new Set();
    let npsSent = 0;
    let replays = 0;
    let peakRss = 0;
    let serial = 0;
    let code = '';
    const advocateId = 'bench-advocate';
    if (scenario === 'mixed') {
      const response = await fetch(`${server.url}/v1/referrals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-grapevine-site-key': siteKey },
        body: JSON.stringify({ advocate: { id: advocateId, name: 'Ada' } }),
      });
      code = (await response.json()).code;
    }
    const impression = (id) => ({
      id,
      type: 'impression',
      at: Date.now(),
      visitorId: `v-${id}`,
      campaignId: 'refer-a-friend',
      variantId: 'give-get',
    });
    const sentIds = [];
    const nextBody = () => {
      serial += 1;
      if (scenario === 'mixed') {
        const events = mixedEvents(serial, code, advocateId);
        for (const event of events) {
          sent.set(event.id, event);
          if (event.type === 'nps-answer') npsSent += 1;
        }
        return { events };
      }
      const events = [];
      for (let i = 0; i < perRequest; i++) {
        if (sentIds.length > 0 && Math.random() < duplicateShare) {
          const id = sentIds[Math.floor(Math.random() * sentIds.length)];
          if (events.some((event) => event.id === id)) continue;
          events.push(sent.get(id));
          replays += 1;
        } else {
          const event = impression(`b-${serial}-${i}-${randomBytes(4).toString('hex')}`);
          sent.set(event.id, event);
          sentIds.push(event.id);
          events.push(event);
        }
      }
      return { events };
    };
    const poll = setInterval(() => {
      metrics(server.url).then(
        (sample) => {
          peakRss = Math.max(peakRss, sample.memory.rss);
        },
        () => {}, // a sample lost under load is just a sample
      );
    }, 500);
    const loadBefore = loadavg()[0];
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
          setupRequest: (request) => ({ ...request, body: JSON.stringify(nextBody()) }),
          onResponse: (status, body) => {
            if (status !== 200) return;
            const answer = JSON.parse(body);
            for (const id of [...answer.accepted, ...answer.duplicates]) acknowledged.add(id);
          },
        },
      ],
    });
    clearInterval(poll);
    const loadAfter = loadavg()[0];
    // Like the widget's outbox: ids whose request failed (timeout, reset) are sent again, so
    // every id is delivered at least once; the server must still store each exactly once.
    const unacknowledged = [...sent.keys()].filter((id) => !acknowledged.has(id));
    for (let i = 0; i < unacknowledged.length; i += 100) {
      const events = unacknowledged.slice(i, i + 100).map((id) => sent.get(id));
      const answer = await (await post(server.url, { events })).json();
      for (const id of [...answer.accepted, ...answer.duplicates]) acknowledged.add(id);
    }
    const final = await metrics(server.url);
    const seconds = result.duration;
    const eventsPerRequest = scenario === 'single' ? 1 : BATCH;
    return {
      checkout: checkout.name,
      database: final.database,
      fsync: database.fsync ?? 'n/a',
      scenario,
      connections,
      requests: result.requests.total,
      eventsPerSecond: Math.round((result.requests.total * eventsPerRequest) / seconds),
      requestsPerSecond: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      replays,
      resentAfterFailure: unacknowledged.length,
      uniqueIdsSent: sent.size,
      rowsStored: final.events,
      npsSent,
      npsStored: final.npsAnswers,
      exact: final.events === sent.size && final.npsAnswers === npsSent,
      peakRssMB: Math.round(Math.max(peakRss, final.memory.rss) / 1_048_576),
      load1: `${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
    };
  } finally {
    stop();
    await new Promise((done) => server.child.once('exit', done));
    process.off('exit', stop);
    await database.cleanup();
  }
}

const reports = [];
for (const kind of kinds) {
  for (const scenario of scenarios) {
    // Alternate which checkout goes first, so neither always meets a warmer (or busier) machine.
    const order = reports.length % 2 ? [...checkouts].reverse() : checkouts;
    for (const checkout of order) {
      const report = await runScenario(checkout, kind, scenario);
      reports.push(report);
      console.log(JSON.stringify(report));
      if (!report.exact) process.exitCode = 1;
    }
  }
}
console.log(
  '\n| checkout | database | fsync | scenario | conns | events/s | req/s | p50 ms | p99 ms | errors | stored / sent | NPS stored / sent | peak RSS | load avg (1 min) |',
);
console.log('|---|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|');
for (const r of reports) {
  console.log(
    `| ${r.checkout} | ${r.database} | ${r.fsync} | ${r.scenario} | ${r.connections} | ${r.eventsPerSecond} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.errors + r.non2xx} | ${r.rowsStored} / ${r.uniqueIdsSent} | ${r.npsStored} / ${r.npsSent} | ${r.peakRssMB} MB | ${r.load1} |`,
  );
}
if (checkouts.length > 1) {
  for (const kind of kinds) {
    for (const scenario of scenarios) {
      const [mine, base] = ['this', 'base'].map((name) =>
        reports.find((r) => r.checkout === name && r.database === kind && r.scenario === scenario),
      );
      if (mine && base) {
        console.log(
          `${kind} ${scenario}: ${(mine.eventsPerSecond / base.eventsPerSecond).toFixed(2)}× the base's events/s`,
        );
      }
    }
  }
}
