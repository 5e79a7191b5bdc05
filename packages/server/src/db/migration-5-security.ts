/** Version 5: shared rate limits and the webhook redelivery audit (issue #14 item 5). */
export const securityMigration = {
  version: 5,
  name: 'shared rate limits and webhook redelivery audit',
  statements: [
    // One fixed window per limited key, shared by every server process on this database
    // (src/security/rate-limiter.ts). Unlogged: a counter needs no WAL, and losing the
    // counters in a crash only restarts the windows.
    `create unlogged table rate_limits (
        bucket text not null,
        key text not null,
        window_start timestamptz not null,
        expires_at timestamptz not null,
        hits int not null,
        primary key (bucket, key)
      )`,
    // Who queued a given-up outgoing webhook again, and what it had been through before.
    `create table webhook_redeliveries (
        id bigint generated always as identity primary key,
        site_key text not null,
        delivery_id text not null,
        actor text not null,
        at timestamptz not null,
        previous_attempts int not null,
        previous_error text,
        failed_at timestamptz not null
      )`,
    // Fraud evidence reads a friend's and an advocate's events by visitor; nothing reads the
    // unsigned advocate_id of events any more.
    'create index events_by_visitor on events (site_key, visitor_id)',
    'drop index events_by_advocate',
    'create index webhook_redeliveries_by_delivery on webhook_redeliveries (site_key, delivery_id, at)',
  ],
};
