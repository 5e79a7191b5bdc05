/**
 * Version 7: the email channel's asks (NPS by email, referral emails) and where answers and
 * shares came from, so one ledger and the dashboard cover every channel.
 */
export const emailAsksMigration = {
  version: 7,
  name: 'email asks and channels',
  statements: [
    // One row per (flow, order): scheduled when the verified order arrives, then decided by
    // the core rules once (sent or skipped, with the reason). The key makes a second process
    // or a replayed order a no-op.
    `create table email_asks (
      site_key text not null,
      flow text not null check (flow in ('nps', 'referral')),
      order_id text not null,
      campaign_id text not null,
      customer text not null,
      -- The address as the shop gave it (the normalized one may not reach the same mailbox).
      to_address text not null,
      variant_id text not null default 'default',
      status text not null check (status in ('scheduled', 'sent', 'skipped')),
      reason text,
      detail text,
      send_after timestamptz not null,
      decided_at timestamptz,
      clicked_at timestamptz,
      created_at timestamptz not null,
      primary key (site_key, flow, order_id)
    )`,
    'create index email_asks_by_customer on email_asks (site_key, customer, created_at)',
    `alter table nps_answers add column channel text not null default 'popup'
       check (channel in ('popup', 'email'))`,
    'alter table nps_answers add column order_id text',
    // One email answer per (campaign, order): clicking 9 then 10 updates it.
    `create unique index nps_answers_one_per_order on nps_answers (site_key, campaign_id, order_id)
       where order_id is not null`,
    `alter table events add column origin text not null default 'popup'
       check (origin in ('popup', 'email'))`,
  ],
} as const;
