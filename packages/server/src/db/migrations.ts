import { jobsMigration } from './migration-3-jobs.js';
import { inboundDeliveriesMigration } from './migration-4-inbound-deliveries.js';
import { securityMigration } from './migration-5-security.js';
import { mailMigration } from './migration-6-mail.js';
import { emailAsksMigration } from './migration-7-email-asks.js';
import { npsCommentsMigration } from './migration-8-nps-comments.js';
import { customerLedgerMigration } from './migration-9-customer-ledger.js';
import { deliveriesMigration } from './migration-10-deliveries.js';

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
    version: 2,
    name: 'verified orders and the reward lifecycle',
    statements: [
      // Orders the shop's own systems confirmed (orders API, platform webhooks). Money is in
      // the currency's minor unit. An order is written once; refunds and cancellations change it.
      `create table orders (
        site_key text not null,
        order_id text not null,
        source text not null,
        total_minor bigint not null check (total_minor >= 0),
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        customer_id text,
        email_norm text,
        discount_codes text[] not null default '{}',
        discount_refs text[] not null default '{}',
        referral_code text,
        visitor_id text,
        status text not null check (status in ('paid', 'cancelled')),
        refunded_minor bigint not null default 0 check (refunded_minor >= 0),
        created_at timestamptz not null,
        received_at timestamptz not null,
        primary key (site_key, order_id)
      )`,
      'create index orders_by_visitor on orders (site_key, visitor_id) where visitor_id is not null',
      // Every name an order is known by, its own id included: refunds and browser reports may
      // name it by any of them.
      `create table order_aliases (
        site_key text not null,
        alias text not null,
        order_id text not null,
        primary key (site_key, alias),
        foreign key (site_key, order_id) references orders (site_key, order_id)
      )`,
      // Refunds and cancellations, stored when they arrive (possibly before their order) and
      // applied once the order is known. The natural key makes a replayed fact a no-op.
      `create table order_refunds (
        site_key text not null,
        refund_key text not null,
        kind text not null check (kind in ('refund', 'cancellation')),
        source text not null,
        order_ref text not null,
        order_id text,
        amount_minor bigint check (amount_minor > 0),
        currency text,
        created_at timestamptz not null,
        received_at timestamptz not null,
        applied_at timestamptz,
        problem text,
        primary key (site_key, refund_key)
      )`,
      'create index order_refunds_waiting on order_refunds (site_key, order_ref) where applied_at is null',
      // One reward per verified order; the state machine in src/rewards moves it.
      `create table rewards (
        site_key text not null,
        order_id text not null,
        code text not null references referrals (code),
        claim_id text,
        attributed_by text not null,
        friend_visitor_id text,
        friend_email_norm text,
        state text not null check (state in ('pending', 'held', 'approved', 'fulfilled', 'voided', 'rejected', 'reversed')),
        amount_minor bigint not null check (amount_minor >= 0),
        original_minor bigint not null check (original_minor >= 0),
        reversed_minor bigint not null default 0 check (reversed_minor >= 0),
        currency text not null,
        order_total_minor bigint not null,
        order_currency text not null,
        rule jsonb not null,
        held_reason text,
        evidence jsonb not null default '{}',
        approves_at timestamptz not null,
        approved_at timestamptz,
        fulfilled_at timestamptz,
        fulfilment jsonb,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        primary key (site_key, order_id)
      )`,
      // A friend's coupon earns its advocate one reward, however often the shop accepts it.
      'create unique index rewards_one_per_claim on rewards (claim_id) where claim_id is not null',
      "create index rewards_due on rewards (approves_at) where state = 'pending'",
      "create index rewards_held on rewards (site_key, created_at) where state = 'held'",
      'create index rewards_by_code on rewards (code, created_at)',
      // Append-only: every transition of every reward.
      `create table reward_audit (
        id bigserial primary key,
        site_key text not null,
        order_id text not null,
        from_state text,
        to_state text not null,
        amount_change_minor bigint not null default 0,
        actor text not null,
        reason text not null,
        evidence jsonb,
        at timestamptz not null
      )`,
      'create index reward_audit_by_order on reward_audit (site_key, order_id, id)',
      // Conversions credited from browser reports before orders were verified: amounts move
      // to minor units; pending ones wait for a person (they may be forged), approved stay.
      `insert into rewards (site_key, order_id, code, attributed_by, friend_visitor_id, state,
         amount_minor, original_minor, currency, order_total_minor, order_currency, rule, held_reason, evidence,
         approves_at, approved_at, created_at, updated_at)
       select c.site_key, c.order_id, c.code, 'legacy-browser-report', c.visitor_id,
         case when c.status = 'approved' then 'approved' else 'held' end,
         round(c.reward_amount * power(10, e.reward_exp))::bigint,
         round(c.reward_amount * power(10, e.reward_exp))::bigint,
         c.reward_currency,
         round(c.total * power(10, e.total_exp))::bigint,
         c.currency,
         jsonb_build_object('kind', 'amount', 'value', round(c.reward_amount * power(10, e.reward_exp))::bigint),
         case when c.status = 'approved' then null else 'unverified-browser-purchase' end,
         jsonb_build_object('signals', jsonb_build_array('unverified-browser-purchase'),
           'legacy', jsonb_build_object('total', c.total::text, 'currency', c.currency)),
         c.approves_at, c.approved_at, c.credited_at, c.credited_at
       from conversions c
       cross join lateral (select
         case when c.reward_currency in ('BIF','CLP','DJF','GNF','ISK','JPY','KMF','KRW','PYG','RWF','UGX','UYI','VND','VUV','XAF','XOF','XPF') then 0
              when c.reward_currency in ('BHD','IQD','JOD','KWD','LYD','OMR','TND') then 3 else 2 end as reward_exp,
         case when c.currency in ('BIF','CLP','DJF','GNF','ISK','JPY','KMF','KRW','PYG','RWF','UGX','UYI','VND','VUV','XAF','XOF','XPF') then 0
              when c.currency in ('BHD','IQD','JOD','KWD','LYD','OMR','TND') then 3 else 2 end as total_exp) e`,
      `insert into reward_audit (site_key, order_id, from_state, to_state, actor, reason, at)
       select site_key, order_id, null, state, 'system', 'migrated from conversions', created_at
       from rewards where attributed_by = 'legacy-browser-report'`,
      'drop table conversions',
      'alter table claims add column coupon_ref text',
      'alter table claims add column client_ip_hash text',
      'alter table events add column client_ip_hash text',
      // Browser purchase reports, found by the order id they name or by their visitor.
      `create index events_purchase_by_order on events (site_key, (payload->>'orderId'))
        where type = 'purchase'`,
      "create index events_purchase_by_visitor on events (site_key, visitor_id) where type = 'purchase'",
      'create index events_by_advocate on events (site_key, advocate_id) where advocate_id is not null',
    ],
  },
  jobsMigration,
  inboundDeliveriesMigration,
  securityMigration,
  mailMigration,
  emailAsksMigration,
  npsCommentsMigration,
  customerLedgerMigration,
  deliveriesMigration,
];
