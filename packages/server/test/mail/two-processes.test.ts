import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { runDueJobs } from '../../src/jobs/runner.js';
import { silentLogger } from '../../src/logger.js';
import { enqueueEmail } from '../../src/mail/enqueue.js';
import type { Mailer } from '../../src/mail/mailer.js';
import { mailJobHandlers } from '../../src/mail/send-job.js';
import { smtpMailer } from '../../src/mail/smtp-mailer.js';
import type { Site } from '../../src/site.js';
import { type MailCatcher, startMailCatcher } from '../fakes/smtp-server.js';
import { databaseKinds } from '../helpers/database.js';
import { manualClock } from '../helpers/harness.js';
import { twoProcesses } from '../helpers/processes.js';
import { approvedData, mailSite, PUBLIC_URL } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

describe.each(databaseKinds)('two server processes on one %s', (kind) => {
  let processes: { a: Database; b: Database; close(): Promise<void> };
  let catcher: MailCatcher;
  const mailers: Mailer[] = [];
  const clock = manualClock();
  const site = mailSite();
  const sites = new Map<string, Site>([[site.siteKey, site]]);

  beforeAll(async () => {
    processes = await twoProcesses(kind);
    catcher = await startMailCatcher();
  }, 120_000);
  afterAll(async () => {
    for (const mailer of mailers) await mailer.close?.();
    await catcher?.close();
    await processes?.close();
  });

  it('queue each email once and send it once, however the two interleave', async () => {
    const worker = (db: Database) => {
      const mailer = smtpMailer({ url: catcher.url });
      mailers.push(mailer);
      const ctx = {
        db,
        clock,
        logger: silentLogger,
        sites,
        policy: { attributionMs: 0, returnWindowMs: 0 },
      };
      const handlers = mailJobHandlers(ctx, {
        mailer,
        from: 'mail@grapevine.example',
        publicUrl: PUBLIC_URL,
      });
      return {
        queue: (i: number) =>
          db.transaction((tx) =>
            enqueueEmail(
              tx,
              {
                siteKey: site.siteKey,
                flow: 'reward-approved',
                dedupeKey: `order-${i}`,
                to: `advocate-${i}@example.com`,
                locale: 'en',
                template: 'reward-approved',
                data: approvedData,
                basis: 'transactional',
              },
              { sites, clock },
            ),
          ),
        run: () => runDueJobs(ctx, handlers, { limit: 5 }),
      };
    };
    const a = worker(processes.a);
    const b = worker(processes.b);
    const count = 12;
    const results = await Promise.all(
      Array.from({ length: count }, (_, i) => [a.queue(i), b.queue(i)]).flat(),
    );
    expect(results.filter((r) => r.queued)).toHaveLength(count);
    expect(results.filter((r) => !r.queued && r.reason === 'duplicate')).toHaveLength(count);
    let sent = 0;
    for (let round = 0; round < 10 && sent < count; round += 1) {
      const [ra, rb] = await Promise.all([a.run(), b.run()]);
      sent += ra.done + rb.done;
    }
    expect(sent).toBe(count);
    await catcher.waitFor(count);
    expect(catcher.messages).toHaveLength(count);
    const recipients = catcher.messages.flatMap((m) => m.envelope.to).sort();
    expect(new Set(recipients).size).toBe(count);
    const rows = await processes.a.query<{ n: number }>(
      "select count(*)::int as n from emails where state = 'sent'",
    );
    expect(rows[0]?.n).toBe(count);
  });
});
