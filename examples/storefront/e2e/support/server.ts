// What the reference server stored, read straight from its database (`stack.db`): the
// journeys check outcomes where they end up, not only what the page shows.
import { expect } from '@playwright/test';

/** The part of the demo stack's database the journeys read. */
export interface Queryable {
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<Row[]>;
}

/** The advocate id the storefront signs for a customer (see assets/identify.js). */
export const advocateIdOf = (email: string): string => `customer:${email}`;

export interface StoredEvent {
  id: string;
  type: string;
  channel: string | null;
  code: string | null;
  campaign_id: string | null;
}

export interface StoredAnswer {
  score: number;
  segment: string;
  comment: string | null;
  campaign_id: string;
}

export interface StoredReward {
  order_id: string;
  state: string;
  amount_minor: string;
  order_total_minor: string;
}

/** Read-only queries over the server's tables, scoped to one customer or code. */
export function serverData(db: Queryable) {
  return {
    /** The events a signed customer's browser sent, oldest first. */
    eventsOf: (email: string, type?: string) =>
      db.query<StoredEvent>(
        `select id, type, channel, code, campaign_id from events
          where advocate_id = $1 and ($2::text is null or type = $2) order by occurred_at, id`,
        [advocateIdOf(email), type ?? null],
      ),
    /** A customer's NPS answers. */
    answersOf: (email: string) =>
      db.query<StoredAnswer>(
        `select score, segment, comment, campaign_id from nps_answers
          where advocate_id = $1 order by answered_at`,
        [advocateIdOf(email)],
      ),
    /** The advocate's referral code, if they have one. */
    async codeOf(email: string): Promise<string | undefined> {
      const rows = await db.query<{ code: string }>(
        'select code from referrals where email_norm = $1',
        [email.toLowerCase()],
      );
      return rows[0]?.code;
    },
    /** The copy events of a referral link (its advocate copying it to send it on). */
    copiesOf: (code: string) =>
      db.query<{ id: string }>("select id from events where code = $1 and type = 'copy'", [code]),
    /** Claims made on a code, with their status. */
    claimsOn: (code: string) =>
      db.query<{ status: string; friend_email_norm: string; coupon: string | null }>(
        'select status, friend_email_norm, coupon from claims where code = $1 order by claimed_at',
        [code],
      ),
    /** The advocate's rewards on a code: one per verified order, with its state. */
    rewardsOn: (code: string) =>
      db.query<StoredReward>(
        `select order_id, state, amount_minor::text, order_total_minor::text from rewards
          where code = $1 order by created_at`,
        [code],
      ),
  };
}

export type ServerData = ReturnType<typeof serverData>;

/** Waits until `read` returns exactly `count` rows (the outbox delivers asynchronously). */
export async function expectRows<Row>(
  read: () => Promise<Row[]>,
  count: number,
  message: string,
): Promise<Row[]> {
  await expect.poll(async () => (await read()).length, { message, timeout: 15_000 }).toBe(count);
  return read();
}
