import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { enqueueEmail } from '../../src/mail/enqueue.js';
import type { Mailer } from '../../src/mail/mailer.js';
import { smtpMailer } from '../../src/mail/smtp-mailer.js';
import { listSuppressions } from '../../src/mail/suppressions.js';
import { type MailCatcher, startMailCatcher } from '../fakes/smtp-server.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { approvedData, mailSite, PUBLIC_URL } from './helpers.js';

vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('unsubscribe on %s', (kind) => {
  let db: Database;
  let catcher: MailCatcher;
  let server: Harness;
  let mailer: Mailer | undefined;
  const site = mailSite({
    email: {
      ...mailSite().email,
      flows: { ...mailSite().email?.flows, 'reward-approved': 'marketing' },
    } as never,
  });

  const queue = (
    to: string,
    dedupeKey: string,
    basis: 'marketing' | 'transactional' = 'marketing',
  ) =>
    enqueueEmail(
      db,
      {
        siteKey: site.siteKey,
        flow: 'reward-approved',
        dedupeKey,
        to,
        locale: 'da',
        template: 'reward-approved',
        data: approvedData,
        basis,
      },
      server.ctx,
    );
  /** Queues and sends one email; returns the unsubscribe URL of its header, on the test server. */
  async function sendOne(to: string, dedupeKey: string): Promise<{ url: string; token: string }> {
    await queue(to, dedupeKey);
    await server.tick();
    const mail = await catcher.waitFor(catcher.messages.length);
    const header = mail.at(-1)?.headers.get('list-unsubscribe') ?? '';
    const link = new URL(/^<([^>]+)>$/.exec(header)?.[1] ?? 'https://invalid/');
    expect(link.origin).toBe(PUBLIC_URL);
    const token = link.searchParams.get('t') ?? '';
    return { url: `${server.url}/mail/unsubscribe?t=${encodeURIComponent(token)}`, token };
  }

  beforeAll(async () => {
    db = await testDatabase(kind);
    catcher = await startMailCatcher();
    server = await startHarness(db, {
      site,
      sites: [site],
      mail: {
        mailer: smtpMailer({ url: catcher.url }),
        from: 'mail@grapevine.example',
        publicUrl: PUBLIC_URL,
      },
    });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await mailer?.close?.();
    await catcher?.close();
    await db?.close();
  });
  beforeEach(async () => {
    await db.query('delete from emails');
    await db.query('delete from email_suppressions');
    catcher.messages.length = 0;
  });

  it('one-click POST (RFC 8058) unsubscribes at once; the address then gets nothing', async () => {
    const { url } = await sendOne('ana@example.com', 'o1');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect(await listSuppressions(db, site.siteKey)).toMatchObject([
      {
        address: 'ana@example.com',
        scope: 'marketing',
        reason: 'unsubscribe',
        detail: 'one-click',
      },
    ]);
    expect(await queue('ana@example.com', 'o2')).toEqual({ queued: false, reason: 'suppressed' });
    // Repeating it is harmless.
    expect(
      (
        await fetch(url, {
          method: 'POST',
          body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }),
        })
      ).status,
    ).toBe(200);
  });

  it('GET shows the localized choice and changes nothing; the form unsubscribes from all', async () => {
    const { url } = await sendOne('bo@example.com', 'o1');
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(
      /default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; form-action 'self'/,
    );
    const body = await page.text();
    expect(body).toContain('<html lang="da" dir="ltr">');
    expect(body).toContain(
      'Hvilke e-mails fra Nordic Socks skal ikke længere sendes til bo@example.com?',
    );
    expect(body).toContain('name="scope" value="all"');
    expect(await listSuppressions(db, site.siteKey)).toEqual([]);
    const done = await fetch(url, { method: 'POST', body: new URLSearchParams({ scope: 'all' }) });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain(
      'Nordic Socks sender ikke flere e-mails til bo@example.com.',
    );
    expect(await listSuppressions(db, site.siteKey)).toMatchObject([{ scope: 'all' }]);
    expect(await queue('bo@example.com', 'o2', 'transactional')).toEqual({
      queued: false,
      reason: 'suppressed',
    });
  });

  it('refuses a forged, altered or missing token', async () => {
    const { token } = await sendOne('cy@example.com', 'o1');
    const [id, mac] = token.split('.') as [string, string];
    const forged = [
      `${id}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`,
      `${Number(id) + 1}.${mac}`,
      'garbage',
      '',
    ];
    for (const t of forged) {
      const url = `${server.url}/mail/unsubscribe?t=${encodeURIComponent(t)}`;
      expect((await fetch(url)).status).toBe(400);
      const post = await fetch(url, {
        method: 'POST',
        body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }),
      });
      expect(post.status).toBe(400);
    }
    expect(await listSuppressions(db, site.siteKey)).toEqual([]);
  });
});
