/**
 * Version 6: email. `emails` holds every message queued for a customer or the shop, at most
 * one per (site, flow, dedupe key) — a unique index, so concurrent processes cannot queue one
 * twice; the `email.send` job renders and sends it. `email_suppressions` is the per-site list
 * of addresses that unsubscribed or bounced. Referrals keep the address as the customer gave
 * it (`email_norm` is a fraud key and not always deliverable).
 */
export const mailMigration = {
  version: 6,
  name: 'email delivery and suppressions',
  statements: [
    `create table emails (
      id bigserial primary key,
      site_key text not null,
      flow text not null,
      dedupe_key text not null,
      to_address text not null,
      to_key text not null,
      locale text not null,
      template text not null,
      data jsonb not null,
      basis text not null check (basis in ('transactional', 'marketing')),
      state text not null default 'queued'
        check (state in ('queued', 'sent', 'bounced', 'suppressed')),
      send_at timestamptz not null,
      skip_reason text,
      subject text,
      message_id text,
      smtp_response text,
      sent_at timestamptz,
      created_at timestamptz not null,
      unique (site_key, flow, dedupe_key)
    )`,
    'create index emails_by_recipient on emails (site_key, to_key, created_at)',
    'create index emails_by_site on emails (site_key, created_at desc)',
    `create table email_suppressions (
      site_key text not null,
      address_key text not null,
      scope text not null check (scope in ('marketing', 'all')),
      reason text not null check (reason in ('unsubscribe', 'bounce', 'admin')),
      detail text,
      created_at timestamptz not null,
      primary key (site_key, address_key)
    )`,
    'alter table referrals add column email text',
  ],
} as const;
