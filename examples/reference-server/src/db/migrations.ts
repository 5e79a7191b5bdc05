/** One versioned schema change. Versions only grow; a released migration is never edited. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

/** The schema, oldest first. Plain PostgreSQL that PGlite runs unchanged. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    statements: [
      `create table campaigns (
        site_key text primary key,
        campaigns jsonb not null,
        updated_at timestamptz not null
      )`,
      `create table referrals (
        code text primary key,
        site_key text not null,
        advocate_key text not null,
        advocate_id text,
        email_norm text,
        first_name text,
        created_at timestamptz not null,
        unique (site_key, advocate_key)
      )`,
      `create table advocate_visitors (
        site_key text not null,
        advocate_id text not null,
        visitor_id text not null,
        primary key (site_key, advocate_id, visitor_id)
      )`,
      `create table events (
        site_key text not null,
        id text not null,
        type text not null,
        visitor_id text not null,
        advocate_id text,
        campaign_id text,
        variant_id text,
        channel text,
        code text,
        occurred_at timestamptz not null,
        received_at timestamptz not null,
        payload jsonb not null,
        primary key (site_key, id)
      )`,
      'create index events_by_type on events (site_key, type, occurred_at)',
      'create index events_by_code on events (code, type) where code is not null',
      `create table nps_answers (
        site_key text not null,
        event_id text not null,
        score int not null check (score between 0 and 10),
        segment text not null check (segment in ('promoter', 'passive', 'detractor')),
        kind text not null check (kind in ('transactional', 'relational')),
        comment text,
        campaign_id text not null,
        variant_id text not null,
        visitor_id text not null,
        advocate_id text,
        answered_at timestamptz not null,
        primary key (site_key, event_id)
      )`,
      'create index nps_by_time on nps_answers (site_key, answered_at)',
      `create table claims (
        id text primary key,
        site_key text not null,
        code text not null references referrals (code),
        friend_email_norm text not null,
        friend_visitor_id text not null,
        status text not null check (status in ('claimed', 'self-referral')),
        coupon text unique,
        coupon_expires_at timestamptz,
        claimed_at timestamptz not null,
        redeemed_at timestamptz,
        unique (site_key, friend_email_norm)
      )`,
      'create index claims_by_code on claims (code, claimed_at)',
      `create table claim_days (
        code text not null,
        day date not null,
        claims int not null,
        primary key (code, day)
      )`,
      `create table conversions (
        site_key text not null,
        order_id text not null,
        code text not null references referrals (code),
        visitor_id text not null,
        total numeric(14, 2) not null,
        currency text not null,
        reward_amount numeric(14, 2) not null,
        reward_currency text not null,
        status text not null check (status in ('pending', 'approved')),
        credited_at timestamptz not null,
        approves_at timestamptz not null,
        approved_at timestamptz,
        primary key (site_key, order_id)
      )`,
      "create index conversions_pending on conversions (approves_at) where status = 'pending'",
      'create index conversions_by_code on conversions (code)',
      `create table webhook_deliveries (
        id text primary key,
        site_key text not null,
        type text not null,
        payload jsonb not null,
        attempts int not null default 0,
        next_attempt_at timestamptz not null,
        delivered_at timestamptz,
        failed_at timestamptz,
        last_error text,
        created_at timestamptz not null
      )`,
      `create index webhooks_due on webhook_deliveries (next_attempt_at)
        where delivered_at is null and failed_at is null`,
    ],
  },
  {
    version: 5,
    name: 'inbound platform webhook deliveries',
    statements: [
      // One row per delivery of a platform webhook (Shopify, Stripe, WooCommerce): the
      // primary key makes a second copy a duplicate, also when both arrive at once.
      `create table inbound_deliveries (
        site_key text not null,
        source text not null check (source in ('shopify', 'stripe', 'woocommerce')),
        delivery_id text not null,
        topic text not null,
        status text not null check (status in ('processing', 'applied')),
        claim_token text,
        claimed_at timestamptz not null,
        applied_at timestamptz,
        primary key (site_key, source, delivery_id)
      )`,
    ],
  },
];
