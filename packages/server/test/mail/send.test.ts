import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { JobHandlers } from '../../src/jobs/runner.js';
import { runDueJobs } from '../../src/jobs/runner.js';
import { silentLogger } from '../../src/logger.js';
import { enqueueEmail, isInvalidEmailData } from '../../src/mail/enqueue.js';
import type { Mailer } from '../../src/mail/mailer.js';
import { mailJobHandlers } from '../../src/mail/send-job.js';
import { smtpMailer } from '../../src/mail/smtp-mailer.js';
import { isSuppressed, listSuppressions, suppress } from '../../src/mail/suppressions.js';
import type { Site } from '../../src/site.js';
import { type MailCatcher, startMailCatcher } from '../fakes/smtp-server.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { manualClock } from '../helpers/harness.js';
import { approvedData, MAIL_SETTINGS, mailSite, PUBLIC_URL } from './helpers.js';

vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('email delivery on %s', (kind) => {
  let db: Database;
  let catcher: MailCatcher;
  let handlers: JobHandlers;
  let mailer: Mailer;
  const clock = manualClock();
  const site = mailSite();
  const sites = new Map<string, Site>([[site.siteKey, site]]);
  const warnings: unknown[] = [];
  const logger = { ...silentLogger, warn: (_: string, f?: unknown) => warnings.push(f) };
  const ctx = () => ({ db, clock, logger, sites, policy: { attributionMs: 0, returnWindowMs: 0 } });
  const run = () => runDueJobs(ctx(), handlers, { random: () => 0.5 });
  const approved = (to: string, dedupeKey = 'order-1', extra: { sendAt?: number } = {}) =>
    enqueueEmail(
      db,
      {
        siteKey: site.siteKey,
        flow: 'reward-approved',
        dedupeKey,
        to,
        locale: 'en-GB',
        template: 'reward-approved',
        data: approvedData,
        basis: 'transactional',
        ...extra,
      },
      { sites, clock },
    );

  beforeAll(async () => {
    db = await testDatabase(kind);
    catcher = await startMailCatcher();
    mailer = smtpMailer({ url: catcher.url, timeoutMs: 5_000 });
    handlers = mailJobHandlers(ctx(), {
      mailer,
      from: 'Grapevine <mail@grapevine.example>',
      publicUrl: PUBLIC_URL,
    });
  }, 120_000);
  afterAll(async () => {
    await mailer?.close?.();
    await catcher?.close();
    await db?.close();
  });
  beforeEach(async () => {
    await db.query('delete from emails');
    await db.query('delete from email_suppressions');
    await db.query('delete from jobs');
    catcher.messages.length = 0;
    warnings.length = 0;
  });

  it('sends a queued email once, with both parts, the brand, and the consent headers', async () => {
    const first = await approved('Ana.Berg@Example.com');
    expect(first).toEqual({ queued: true, emailId: expect.any(String) });
    expect(await approved('ana.berg@example.com')).toEqual({
      queued: false,
      reason: 'duplicate',
      emailId: first.queued ? first.emailId : '',
    });
    expect(await run()).toEqual({ done: 1, retrying: 0, failed: 0 });
    expect(await run()).toEqual({ done: 0, retrying: 0, failed: 0 });
    const [mail] = await catcher.waitFor(1);
    expect(catcher.messages).toHaveLength(1);
    expect(mail?.envelope.to).toEqual(['Ana.Berg@example.com']); // nodemailer lower-cases the domain
    expect(mail?.from).toBe('"Nordic Socks" <hello@shop.example>');
    expect(mail?.headers.get('reply-to')).toBe('help@shop.example');
    expect(mail?.subject).toBe('Your reward is ready: €10');
    expect(mail?.messageId).toMatch(/^<grapevine\.\d+\.shop-test@shop\.example>$/);
    expect(mail?.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail?.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /^<(https:\/\/grapevine\.shop\.example\/mail\/unsubscribe\?t=[^>]+)>$/.exec(
      mail?.headers.get('list-unsubscribe') ?? '',
    )?.[1];
    expect(unsubscribe).toBeDefined();
    expect(mail?.text).toContain('Your reward of €10 has been confirmed.');
    expect(mail?.text).toContain('Your reward code: THANKS-10');
    expect(mail?.text).toContain(`Unsubscribe: ${unsubscribe}`);
    expect(mail?.html).toContain('<html lang="en" dir="ltr"');
    expect(mail?.html).toContain('THANKS-10');
    expect(mail?.html).toContain('href="https://shop.example/"');
    expect(mail?.html).toContain(unsubscribe?.replaceAll('&', '&amp;'));
    expect(mail?.html).not.toMatch(/<img[^>]+(track|pixel|open)/i);
    const rows = await db.query<{ state: string; subject: string }>(
      'select state, subject from emails',
    );
    expect(rows).toEqual([{ state: 'sent', subject: 'Your reward is ready: €10' }]);
  });

  it('waits for sendAt', async () => {
    await approved('ana@example.com', 'order-2', { sendAt: clock.now() + 3_600_000 });
    expect((await run()).done).toBe(0);
    clock.advance(3_600_000);
    expect((await run()).done).toBe(1);
    expect(catcher.messages).toHaveLength(1);
  });

  it('refuses data that does not fit the template, naming the field', async () => {
    const bad = enqueueEmail(
      db,
      {
        siteKey: site.siteKey,
        flow: 'reward-approved',
        dedupeKey: 'x',
        to: 'ana@example.com',
        locale: 'en',
        template: 'reward-approved',
        data: { ...approvedData, reward: { minor: 10.5, currency: 'EUR' } },
        basis: 'transactional',
      },
      { sites, clock },
    );
    await expect(bad).rejects.toSatisfy(isInvalidEmailData);
    await expect(bad).rejects.toThrow('data.reward.minor');
    await expect(approved('not an address')).rejects.toThrow('to: expected an address');
  });

  it('queues nothing without the basis the site configured', async () => {
    const email = { ...MAIL_SETTINGS, flows: { ...MAIL_SETTINGS.flows } };
    const off = mailSite({
      email: { ...email, flows: { ...email.flows, 'reward-approved': 'off' } },
    });
    const disabled = mailSite({ email: { ...email, enabled: false } });
    const transactionalOnly = mailSite();
    const cases: Array<[Site, 'transactional' | 'marketing', string, string]> = [
      [off, 'transactional', 'reward-approved', 'no-basis'],
      [disabled, 'transactional', 'reward-approved', 'disabled'],
      [transactionalOnly, 'marketing', 'reward-approved', 'no-basis'],
    ];
    for (const [s, basis, flow, reason] of cases) {
      const result = await enqueueEmail(
        db,
        {
          siteKey: s.siteKey,
          flow: flow as 'reward-approved',
          dedupeKey: 'k',
          to: 'a@example.com',
          locale: 'en',
          template: 'reward-approved',
          data: approvedData,
          basis,
        },
        { sites: new Map([[s.siteKey, s]]), clock },
      );
      expect(result).toEqual({ queued: false, reason });
    }
    expect(await db.query('select 1 from emails')).toEqual([]);
  });

  it('sends nothing to a suppressed address: at queue time, and when suppressed before sending', async () => {
    await suppress(
      db,
      site.siteKey,
      'ANA@example.com ',
      { scope: 'all', reason: 'admin' },
      clock.now(),
    );
    expect(await approved('ana@example.com')).toEqual({ queued: false, reason: 'suppressed' });
    expect(await approved('bo@example.com')).toMatchObject({ queued: true });
    await suppress(
      db,
      site.siteKey,
      'bo@example.com',
      { scope: 'all', reason: 'unsubscribe' },
      clock.now(),
    );
    expect((await run()).done).toBe(1);
    expect(catcher.messages).toHaveLength(0);
    expect(await db.query('select state, skip_reason from emails')).toEqual([
      { state: 'suppressed', skip_reason: 'suppressed' },
    ]);
  });

  it('a marketing suppression stops marketing only; all wins over marketing, never the reverse', async () => {
    await suppress(
      db,
      site.siteKey,
      'ana@example.com',
      { scope: 'marketing', reason: 'unsubscribe' },
      clock.now(),
    );
    expect(await isSuppressed(db, site.siteKey, 'ana@example.com', 'marketing')).toBe(true);
    expect(await isSuppressed(db, site.siteKey, 'ana@example.com', 'transactional')).toBe(false);
    await suppress(
      db,
      site.siteKey,
      'ana@example.com',
      { scope: 'all', reason: 'bounce' },
      clock.now(),
    );
    await suppress(
      db,
      site.siteKey,
      'ana@example.com',
      { scope: 'marketing', reason: 'unsubscribe' },
      clock.now(),
    );
    expect(await listSuppressions(db, site.siteKey)).toMatchObject([
      { scope: 'all', reason: 'bounce' },
    ]);
  });

  it('a 5xx at RCPT is a permanent bounce: recorded, suppressed, not retried', async () => {
    catcher.refuseRecipient('gone@example.com', { code: 550, message: '5.1.1 No such user' });
    await approved('gone@example.com');
    expect(await run()).toEqual({ done: 1, retrying: 0, failed: 0 });
    const [row] = await db.query<{ state: string; smtp_response: string }>(
      'select state, smtp_response from emails',
    );
    expect(row?.state).toBe('bounced');
    expect(row?.smtp_response).toContain('550');
    expect(await listSuppressions(db, site.siteKey)).toMatchObject([
      { address: 'gone@example.com', scope: 'all', reason: 'bounce' },
    ]);
    expect(warnings).toHaveLength(1);
    expect(await approved('gone@example.com', 'order-9')).toEqual({
      queued: false,
      reason: 'suppressed',
    });
  });

  it('a 5xx at DATA bounces too; a 4xx is retried with backoff and then sent', async () => {
    catcher.refuseNextData({ code: 452, message: '4.3.1 Insufficient system storage' });
    await approved('ana@example.com');
    expect(await run()).toEqual({ done: 0, retrying: 1, failed: 0 });
    const [job] = await db.query<{ last_error: string }>('select last_error from jobs');
    expect(job?.last_error).toContain('Insufficient system storage');
    expect((await run()).retrying).toBe(0); // not due yet
    clock.advance(15_000);
    expect(await run()).toEqual({ done: 1, retrying: 0, failed: 0 });
    expect(catcher.messages).toHaveLength(1);

    catcher.refuseNextData({ code: 554, message: '5.7.1 Message rejected as spam' });
    await approved('bo@example.com', 'order-3');
    expect(await run()).toEqual({ done: 1, retrying: 0, failed: 0 });
    expect(await db.query("select state from emails where to_key = 'bo@example.com'")).toEqual([
      { state: 'bounced' },
    ]);
  });
});
