import type { Clock } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import type { SiteEmail } from '../../src/mail/settings.js';
import { smtpMailer } from '../../src/mail/smtp-mailer.js';
import { saveCampaigns } from '../../src/services/campaigns.js';
import type { Site } from '../../src/site.js';
import { type MailCatcher, startMailCatcher } from '../fakes/smtp-server.js';
import { type DatabaseKind, testDatabase } from '../helpers/database.js';
import { type Harness, START, startHarness, testSite } from '../helpers/harness.js';

/** Email on, a sender, a support address; NPS and referral asks on a marketing basis. */
export const MAIL_SETTINGS: SiteEmail = {
  enabled: true,
  locale: 'en',
  from: 'Nordic Socks <hello@shop.example>',
  replyTo: 'help@shop.example',
  supportAddress: 'support@shop.example',
  flows: {
    nps: 'marketing',
    referral: 'marketing',
    'friend-coupon': 'transactional',
    'reward-pending': 'transactional',
    'reward-approved': 'transactional',
    'detractor-alert': 'transactional',
  },
};

/** A site with email on, a brand, a support address; NPS and referral asks on a marketing basis. */
export function mailSite(overrides: Partial<Site> = {}): Site {
  return testSite({
    email: MAIL_SETTINGS,
    brand: { name: 'Nordic Socks', color: '#0f766e' },
    ...overrides,
  });
}

/** The server's public URL in mail tests. */
export const PUBLIC_URL = 'https://grapevine.shop.example';

/** Data for a `reward-approved` email. */
export const approvedData = {
  reward: { minor: 1000, currency: 'EUR' },
  rewardCode: 'THANKS-10',
  shopUrl: 'https://shop.example/',
  referralUrl: 'https://shop.example/?ref=K7RM2QXHD9TW4B',
};

/**
 * A server over `db` for `site` whose mail goes over SMTP to a catcher on 127.0.0.1 (its own,
 * or `options.catcher`, which it then leaves open); `options.clock` replaces the harness's.
 */
export async function startMailHarness(
  db: Database,
  site: Site,
  options: { clock?: Clock; catcher?: MailCatcher } = {},
): Promise<{ h: Harness; catcher: MailCatcher; close(): Promise<void> }> {
  const catcher = options.catcher ?? (await startMailCatcher());
  const h = await startHarness(db, {
    site,
    ...(options.clock ? { clock: options.clock } : {}),
    mail: {
      mailer: smtpMailer({ url: catcher.url, timeoutMs: 5_000 }),
      from: 'Grapevine <mail@grapevine.example>',
      publicUrl: PUBLIC_URL,
    },
  });
  return {
    h,
    catcher,
    close: async () => {
      await h.close();
      if (!options.catcher) await catcher.close();
    },
  };
}

/**
 * A fresh test database of `kind` with `campaigns` saved for `site`, and a mail harness over it
 * ({@link startMailHarness}); `close()` stops both and closes the database.
 */
export async function openMailServer(
  kind: DatabaseKind,
  site: Site,
  campaigns: readonly unknown[],
): Promise<{ db: Database; h: Harness; catcher: MailCatcher; close(): Promise<void> }> {
  const db = await testDatabase(kind);
  const { h, catcher, close } = await startMailHarness(db, site);
  await saveCampaigns(db, site.siteKey, campaigns, START);
  return {
    db,
    h,
    catcher,
    close: async () => {
      await close();
      await db.close();
    },
  };
}
