import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import type { Mailer } from '../../src/mail/mailer.js';
import { slackEscape } from '../../src/mail/slack.js';
import { smtpMailer } from '../../src/mail/smtp-mailer.js';
import { type FakeServer, startFakeServer } from '../fakes/provider-server.js';
import { type MailCatcher, startMailCatcher } from '../fakes/smtp-server.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { orderKit } from '../helpers/orders.js';
import { mailSite, PUBLIC_URL } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

describe.each(databaseKinds)('notices on %s', (kind) => {
  let db: Database;
  let catcher: MailCatcher;
  let slack: FakeServer;
  let mailer: Mailer | undefined;
  let h: Harness;
  let k: ReturnType<typeof orderKit>;
  const to = (address: string) => catcher.messages.filter((m) => m.envelope.to.includes(address));

  beforeAll(async () => {
    db = await testDatabase(kind);
    catcher = await startMailCatcher();
    slack = await startFakeServer(() => ({ status: 200, body: 'ok' }));
    const site = mailSite({ alerts: { slackWebhookUrl: `${slack.url}/services/T0/B0/secret` } });
    mailer = smtpMailer({ url: catcher.url });
    h = await startHarness(db, {
      site,
      sites: [site],
      trustProxy: true,
      mail: { mailer, from: 'mail@grapevine.example', publicUrl: PUBLIC_URL },
    });
    k = orderKit(h, db, []);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await mailer?.close?.();
    await slack?.close();
    await catcher?.close();
    await db?.close();
  });
  beforeEach(() => {
    catcher.messages.length = 0;
    slack.requests.length = 0;
  });

  it('friend coupon, reward pending, reward approved: each once, to the right person', async () => {
    const advocate = await k.advocate();
    const coupon = await k.claim(advocate.code, 'friend-1');
    await k.claim(advocate.code, 'friend-1'); // the same claim again: no second email
    await h.tick();
    const [friendMail, ...more] = to('friend-1@example.net');
    expect(more).toEqual([]);
    expect(friendMail?.subject).toBe('Your code for 20% off at Nordic Socks');
    expect(friendMail?.text).toContain(`Ada gave you 20% off on your first order at Nordic Socks.`);
    expect(friendMail?.text).toContain(`Your code: ${coupon}`);
    expect(friendMail?.text).toContain(
      `Shop with my code: https://shop.example/?ref=${advocate.code}&coupon=${coupon}`,
    );
    expect(friendMail?.text).toContain('Valid until December 2, 2026.');

    await k.order('o-1', { discountCodes: [coupon], email: 'friend-1@example.net' });
    await h.tick();
    const [pending] = to(advocate.email);
    expect(pending?.subject).toBe('A friend just ordered with your link');
    expect(pending?.text).toContain('so you’ve earned €10.');
    expect(pending?.text).toContain('around November 16, 2026');
    expect(pending?.text).toContain(
      `Share your link again: https://shop.example/?ref=${advocate.code}`,
    );

    h.clock.advance(15 * DAY);
    await h.tick(); // approves and queues
    await h.tick(); // sends
    const mails = to(advocate.email);
    expect(mails.map((m) => m.subject)).toEqual([
      'A friend just ordered with your link',
      'Your reward is ready: €10',
    ]);
    expect(mails[1]?.text).toContain('Shop now: https://shop.example');
    await h.tick();
    expect(to(advocate.email)).toHaveLength(2);
  });

  it('a detractor answer alerts the support address and Slack once, with the customer’s words escaped', async () => {
    const advocate = await k.advocate();
    const comment = '<script>alert(1)</script> <!channel> & <https://evil.example|click>';
    const answer = k.event({
      type: 'nps-answer',
      visitorId: 'v-1',
      advocateId: advocate.id,
      campaignId: 'nps',
      variantId: 'default',
      score: 3,
      segment: 'detractor',
      kind: 'relational',
      comment,
    });
    await k.send('198.51.100.9', answer);
    await k.send('198.51.100.9', answer); // delivered twice by the outbox: one alert
    await h.tick();
    const alerts = to('support@shop.example');
    expect(alerts).toHaveLength(1);
    const [alert] = alerts;
    expect(alert?.subject).toBe('Detractor alert: 3/10 from Ada');
    expect(alert?.headers.has('list-unsubscribe')).toBe(false);
    expect(alert?.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(alert?.html).not.toContain('<script>');
    expect(alert?.text).toContain(`> ${comment}`);
    expect(alert?.text).toContain(`Reply to the customer: ${advocate.email}`);
    expect(slack.requests).toHaveLength(1);
    const [post] = slack.requests;
    expect(post?.path).toBe('/services/T0/B0/secret');
    const body = JSON.parse(post?.body ?? '{}') as { text: string; blocks: unknown[] };
    expect(body.text).toBe('Detractor alert: Ada scored Nordic Socks 3/10');
    expect(JSON.stringify(body.blocks)).toContain(slackEscape(comment));
    expect(JSON.stringify(body.blocks)).not.toContain('<!channel>');
  });

  it('a promoter or passive answer alerts nobody', async () => {
    for (const [score, segment] of [
      [10, 'promoter'],
      [7, 'passive'],
    ] as const) {
      await k.send(
        '198.51.100.9',
        k.event({
          type: 'nps-answer',
          visitorId: 'v-2',
          campaignId: 'nps',
          variantId: 'd',
          score,
          segment,
          kind: 'relational',
        }),
      );
    }
    await h.tick();
    expect(catcher.messages).toEqual([]);
    expect(slack.requests).toEqual([]);
  });
});
