/**
 * Version 3: the job queue (provider calls and other retried work, leased by any number of
 * server processes), the coupon pools shops upload, and what the check/redeem API needs:
 * the order that redeemed a coupon and a case-blind index of coupons.
 */
export const jobsMigration = {
  version: 3,
  name: 'job queue and coupon pools',
  statements: [
    `create table jobs (
      id text primary key,
      kind text not null,
      site_key text not null,
      payload jsonb not null,
      attempts int not null default 0,
      run_at timestamptz not null,
      locked_until timestamptz,
      done_at timestamptz,
      failed_at timestamptz,
      last_error text,
      result jsonb,
      created_at timestamptz not null
    )`,
    'create index jobs_due on jobs (run_at) where done_at is null and failed_at is null',
    'create index jobs_failed on jobs (site_key, failed_at) where failed_at is not null',
    `create table coupon_pool (
      id bigserial primary key,
      site_key text not null,
      code text not null,
      uploaded_at timestamptz not null,
      claim_id text unique,
      handed_out_at timestamptz,
      unique (site_key, code)
    )`,
    'create index coupon_pool_free on coupon_pool (site_key, id) where claim_id is null',
    'alter table claims add column redeemed_order_id text',
    'create index claims_by_coupon on claims (site_key, upper(coupon)) where coupon is not null',
  ],
} as const;
