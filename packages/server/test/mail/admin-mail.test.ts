import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { enqueueEmail } from '../../src/mail/enqueue.js';
import type { Mailer } from '../../src/mail/mailer.js';
import { smtpMailer } from '../../src/mail/smtp-mailer.js';
import { listSuppressions } from '../../src/mail/suppressions.js';
import { type AdminSession, adminSession } from '../admin/session.js';
import { type MailCatcher, startMailCatcher } from '../fakes/smtp-server.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { approvedData, mailSite, PUBLIC_URL } from './helpers.js';

vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('the dashboard’s Mail tab on %s', (kind) => {
  let db: Database;
  let catcher: MailCatcher;
  let mailer: Mailer | undefined;
  let h: Harness;
  let session: AdminSession;
  const site = mailSite();

  beforeAll(async () => {
    db = await testDatabase(kind);
    catcher = await startMailCatcher();
    mailer = smtpMailer({ url: catcher.url });
    h = await startHarness(db, {
      site,
      sites: [site],
      mail: { mailer, from: 'mail@grapevine.example', publicUrl: PUBLIC_URL },
      demoMailbox: catcher,
    });
  }, 120_000);
  beforeEach(async () => {
    await db.query('delete from email_suppressions');
    session = await adminSession(h.url, '/admin/mail');
  });
  afterAll(async () => {
    await h?.close();
    await mailer?.close?.();
    await catcher?.close();
    await db?.close();
  });

  it('lists sent emails and the demo mailbox; a caught message shows its parts in a sandbox', async () => {
    await enqueueEmail(
      db,
      {
        siteKey: site.siteKey,
        flow: 'reward-approved',
        dedupeKey: 'o-1',
        to: 'ana@example.com',
        locale: 'en',
        template: 'reward-approved',
        data: approvedData,
        basis: 'transactional',
      },
      h.ctx,
    );
    await h.tick();
    await catcher.waitFor(1);
    const page = await (await session.get('/admin/mail')).text();
    expect(page).toContain('<span class="state sent">sent</span>');
    expect(page).toContain('Your reward is ready: €10');
    expect(page).toContain('Demo mailbox');
    const link = /href="(\/admin\/mail\/caught\/\d+\?site=shop-test)"/.exec(page)?.[1] ?? '';
    const caught = await session.get(link);
    expect(caught.status).toBe(200);
    const body = await caught.text();
    expect(body).toContain('<iframe title="HTML part of the email" sandbox="" srcdoc="');
    expect(body).toContain('list-unsubscribe-post');
    expect(body).toContain('Your reward code: THANKS-10');
  });

  it('adds and removes a suppression with a CSRF-checked form; a forged POST changes nothing', async () => {
    const added = await session.post('/admin/mail/suppressions/add', {
      site: site.siteKey,
      address: ' Eve@Example.com ',
      scope: 'marketing',
    });
    expect(added.status).toBe(303);
    expect(await listSuppressions(db, site.siteKey)).toMatchObject([
      { address: 'eve@example.com', scope: 'marketing', reason: 'admin', detail: 'by ops' },
    ]);
    const forged = await session.post('/admin/mail/suppressions/remove', {
      site: site.siteKey,
      address: 'eve@example.com',
      csrf: 'forged',
    });
    expect(forged.status).toBe(403);
    const crossSite = await session.post(
      '/admin/mail/suppressions/remove',
      { site: site.siteKey, address: 'eve@example.com' },
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    );
    expect(crossSite.status).toBe(403);
    expect(await listSuppressions(db, site.siteKey)).toHaveLength(1);
    const removed = await session.post('/admin/mail/suppressions/remove', {
      site: site.siteKey,
      address: 'eve@example.com',
    });
    expect(removed.headers.get('location')).toBe('/admin/mail?site=shop-test&done=removed');
    expect(await listSuppressions(db, site.siteKey)).toEqual([]);
    expect((await session.get('/admin/mail/suppressions/add')).status).toBe(405);
  });
});
