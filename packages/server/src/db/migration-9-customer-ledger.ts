/**
 * Version 9: one ledger for every channel (issue #15). A pop-up promoter answer looks up the
 * orders of the answering browser's customer (the browser's signed customer, then their
 * orders) to file a skipped referral email again; without these indexes that is a scan of
 * `advocate_visitors` and `orders` on every promoter answer.
 */
export const customerLedgerMigration = {
  version: 9,
  name: 'customer ledger lookups',
  statements: [
    'create index if not exists advocate_visitors_by_visitor on advocate_visitors (site_key, visitor_id)',
    `create index if not exists orders_by_customer on orders (site_key, customer_id)
      where customer_id is not null`,
  ],
};
