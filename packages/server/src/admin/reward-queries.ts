import type { Queryable } from '../db/database.js';
import type {
  AuditEntry,
  HeldReward,
  RewardRow,
  RewardSignal,
  RewardState,
} from './reward-views.js';

// One reward per verified order. Orders migrated from browser reports have no `orders` row:
// they show how they were attributed instead of a source.
const ROW_COLUMNS = `r.order_id as id, r.state, r.amount_minor::float8 as "amountMinor", r.currency,
  r.order_id as "orderId", r.order_total_minor::float8 as "orderTotalMinor",
  r.order_currency as "orderCurrency", coalesce(o.source, r.attributed_by) as source,
  r.code, ref.first_name as "advocateName", ref.advocate_id as "advocateId",
  r.created_at as "createdAt", r.approves_at as "approvesAt", r.updated_at as "updatedAt"`;
const FROM = `from rewards r join referrals ref on ref.code = r.code
  left join orders o on o.site_key = r.site_key and o.order_id = r.order_id`;
const EVIDENCE_COLUMNS = `, coalesce(o.discount_codes, '{}') as "discountCodes",
  r.friend_email_norm as "friendEmail", r.friend_visitor_id as "friendVisitorId",
  ref.email_norm as "advocateEmail", r.evidence`;

type EvidenceRow = Omit<HeldReward, 'signals'> & { evidence: unknown };

/** The numbers the reward service stores beside the signals, shown as their details. */
const DETAILS: Record<string, (evidence: Record<string, unknown>) => string | undefined> = {
  'advocate-cap': (e) => count(e.rewardsLast30Days, 'reward', 'in the 30 days before'),
  velocity: (e) => count(e.conversionsLastHour, 'conversion', 'on this code in the hour before'),
  'same-ip': (e) => count(e.sharedIpHashes, 'address', 'shared', 'addresses'),
  'same-device': (e) =>
    Array.isArray(e.sharedVisitorIds) && e.sharedVisitorIds.length
      ? `visitor ${e.sharedVisitorIds.map(String).join(', ')}`
      : undefined,
};

function count(
  value: unknown,
  noun: string,
  rest: string,
  plural = `${noun}s`,
): string | undefined {
  return typeof value === 'number' ? `${value} ${value === 1 ? noun : plural} ${rest}` : undefined;
}

/**
 * The signals of a reward's evidence, `{ signals: ['same-ip', …], sharedIpHashes: 1, … }`,
 * each with its detail when the evidence has one. Anything else is ignored, not trusted.
 */
export function signalsOf(evidence: unknown): RewardSignal[] {
  if (!evidence || typeof evidence !== 'object') return [];
  const record = evidence as Record<string, unknown>;
  const list = record.signals;
  if (!Array.isArray(list)) return [];
  return list.flatMap((code): RewardSignal[] => {
    if (typeof code !== 'string') return [];
    const detail = DETAILS[code]?.(record);
    return [{ code, ...(detail === undefined ? {} : { detail }) }];
  });
}

const withSignals = ({ evidence, ...row }: EvidenceRow): HeldReward => ({
  ...row,
  signals: signalsOf(evidence),
});

/** Held rewards of a site with their evidence, oldest first (the review queue). */
export async function heldRewards(
  db: Queryable,
  siteKey: string,
  limit = 100,
): Promise<HeldReward[]> {
  const rows = await db.query<EvidenceRow>(
    `select ${ROW_COLUMNS}${EVIDENCE_COLUMNS} ${FROM}
     where r.site_key = $1 and r.state = 'held' order by r.created_at, r.order_id limit $2`,
    [siteKey, limit],
  );
  return rows.map(withSignals);
}

/** How many rewards of a site wait for a person (the Rewards tab's badge). */
export async function heldCount(db: Queryable, siteKey: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from rewards where site_key = $1 and state = 'held'`,
    [siteKey],
  );
  return row?.n ?? 0;
}

/** One reward with its evidence, whatever its state. */
export async function rewardDetail(
  db: Queryable,
  siteKey: string,
  orderId: string,
): Promise<HeldReward | null> {
  const [row] = await db.query<EvidenceRow>(
    `select ${ROW_COLUMNS}${EVIDENCE_COLUMNS} ${FROM} where r.site_key = $1 and r.order_id = $2`,
    [siteKey, orderId],
  );
  return row ? withSignals(row) : null;
}

/** The newest rewards, in one state or all. */
export function rewardRows(
  db: Queryable,
  siteKey: string,
  state: RewardState | null,
  limit = 200,
): Promise<RewardRow[]> {
  return db.query<RewardRow>(
    `select ${ROW_COLUMNS} ${FROM}
     where r.site_key = $1 and ($2::text is null or r.state = $2)
     order by r.created_at desc, r.order_id limit $3`,
    [siteKey, state, limit],
  );
}

/** How many rewards, and how much, sit in each state (per currency). */
export interface StateTotal {
  state: RewardState;
  count: number;
  amountMinor: number;
  currency: string;
}

/** Rewards per state and currency. */
export function rewardTotals(db: Queryable, siteKey: string): Promise<StateTotal[]> {
  return db.query<StateTotal>(
    `select state, count(*)::int as count, sum(amount_minor)::float8 as "amountMinor", currency
     from rewards where site_key = $1 group by state, currency order by state, currency`,
    [siteKey],
  );
}

const AUDIT_COLUMNS = `order_id as "rewardId", order_id as "orderId", at, actor,
  from_state as "fromState", to_state as "toState", reason`;

/** The latest transitions of every reward of a site. */
export function recentAudit(db: Queryable, siteKey: string, limit = 20): Promise<AuditEntry[]> {
  return db.query<AuditEntry>(
    `select ${AUDIT_COLUMNS} from reward_audit where site_key = $1 order by id desc limit $2`,
    [siteKey, limit],
  );
}

/** Every transition of one reward, newest first. */
export function rewardAudit(
  db: Queryable,
  siteKey: string,
  orderId: string,
): Promise<AuditEntry[]> {
  return db.query<AuditEntry>(
    `select ${AUDIT_COLUMNS} from reward_audit where site_key = $1 and order_id = $2 order by id desc`,
    [siteKey, orderId],
  );
}
