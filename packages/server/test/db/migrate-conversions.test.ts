import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';
import { databaseKinds, postgresUrl } from '../helpers/database.js';

// A fresh PGlite runs initdb (no template: this test needs version 1), slow on a busy machine.
vi.setConfig({ testTimeout: 240_000 });

/** A database at schema version 1, as a server of the first round left it. */
async function versionOne(kind: string): Promise<{ db: Database; drop: () => Promise<void> }> {
  let db: Database;
  let drop = async () => {};
  if (kind === 'postgres' && postgresUrl) {
    const schema = `test_v1_${randomBytes(6).toString('hex')}`;
    const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create schema ${schema}`);
    db = await openPostgres(postgresUrl, { schema });
    drop = async () => {
      await admin.unsafe(`drop schema ${schema} cascade`);
      await admin.end();
    };
  } else {
    db = await openPglite('memory://');
  }
  await db.query(
    'create table schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())',
  );
  for (const statement of migrations[0]?.statements ?? []) await db.query(statement);
  await db.query("insert into schema_migrations (version, name) values (1, 'initial schema')");
  return { db, drop };
}

describe.each(databaseKinds)('migration 2 on %s', (kind) => {
  let close = async () => {};
  afterEach(() => close());

  it('moves conversions to rewards in minor units; pending ones wait for a person', async () => {
    const { db, drop } = await versionOne(kind);
    close = async () => {
      await db.close();
      await drop();
    };
    await db.query(
      `insert into referrals (code, site_key, advocate_key, created_at)
       values ('CODE1', 'shop', 'id:a', now())`,
    );
    const at = new Date('2026-11-01T10:00:00Z');
    await db.query(
      `insert into conversions (site_key, order_id, code, visitor_id, total, currency, reward_amount,
         reward_currency, status, credited_at, approves_at, approved_at)
       values ('shop', 'o-pending', 'CODE1', 'v1', 99999.00, 'EUR', 19999.80, 'EUR', 'pending', $1, $1, null),
              ('shop', 'o-approved', 'CODE1', 'v2', 1999, 'JPY', 200, 'JPY', 'approved', $1, $1, $1),
              ('shop', 'o-kwd', 'CODE1', 'v3', 12.5, 'KWD', 1.25, 'KWD', 'approved', $1, $1, $1)`,
      [at],
    );
    expect(await migrate(db)).toContain(2);
    const rows = await db.query(
      `select order_id, state, amount_minor::float8 as amount, order_total_minor::float8 as total,
         currency, held_reason from rewards order by order_id`,
    );
    expect(rows).toEqual([
      {
        order_id: 'o-approved',
        state: 'approved',
        amount: 200,
        total: 1999,
        currency: 'JPY',
        held_reason: null,
      },
      {
        order_id: 'o-kwd',
        state: 'approved',
        amount: 1250,
        total: 12_500,
        currency: 'KWD',
        held_reason: null,
      },
      {
        order_id: 'o-pending',
        state: 'held',
        amount: 1_999_980,
        total: 9_999_900,
        currency: 'EUR',
        held_reason: 'unverified-browser-purchase',
      },
    ]);
    const audit = await db.query(
      "select to_state, actor, reason from reward_audit where order_id = 'o-pending'",
    );
    expect(audit).toEqual([
      { to_state: 'held', actor: 'system', reason: 'migrated from conversions' },
    ]);
    expect(
      await db.query("select 1 from information_schema.tables where table_name = 'conversions'"),
    ).toEqual([]);
  });
});
