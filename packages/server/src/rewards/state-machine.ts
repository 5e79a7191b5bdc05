/**
 * The advocate reward's lifecycle, in one place. A pure function: it reads no clock and no
 * database, so every (state, event) pair is tested in one table (test/rewards).
 *
 * ```
 *            ┌──────── window passed ───────┐
 * pending ───┤                              ▼
 *   ▲  │     └─ refund (part) → pending   approved ── fulfil ──▶ fulfilled
 *   │  ├─ refund (all), cancel ─▶ voided    │ refund (part): stays, part reversed
 *   │  └─ reject ─▶ rejected                └ refund (all), cancel ─▶ reversed
 * approve (window open)
 *   │
 * held ── approve (window over) ─▶ approved;  reject ─▶ rejected;  refund/cancel as pending
 * ```
 *
 * Amounts only ever go down: a refund names the reward the remaining order would earn
 * (computed by `reward-amount.ts`), and a larger or equal figure changes nothing.
 */

/** Every state a reward can be in. */
export const REWARD_STATES = [
  'pending',
  'held',
  'approved',
  'fulfilled',
  'voided',
  'rejected',
  'reversed',
] as const;

/** Where a reward is in its lifecycle. */
export type RewardState = (typeof REWARD_STATES)[number];

/** States no event leaves. */
export const FINAL_STATES: ReadonlySet<RewardState> = new Set(['voided', 'rejected', 'reversed']);

/** Something that happens to a reward. */
export type RewardEvent =
  /** The return window is over (the background tick). */
  | { type: 'window-passed' }
  /**
   * Part or all of the order was refunded: `amountMinor` is what the rest still earns,
   * `full` whether nothing of the order is left (then the reward goes whatever its amount).
   */
  | { type: 'refund'; amountMinor: number; full: boolean }
  /** The shop cancelled the order. */
  | { type: 'cancel' }
  /** A person approved a held reward; it still waits out the return window if not over. */
  | { type: 'approve'; windowPassed: boolean }
  /** A person rejected the reward. */
  | { type: 'reject' }
  /** The reward was issued (store credit, discount code, gift card). */
  | { type: 'fulfil' };

/** The names of {@link RewardEvent}s. */
export type RewardEventType = RewardEvent['type'];

/** The webhook a transition queues (none for the ones the shop need not act on). */
export type RewardWebhook =
  | 'reward.approved'
  | 'reward.voided'
  | 'reward.reduced'
  | 'reward.reversed';

/** What the machine needs to know about a reward. */
export interface RewardSnapshot {
  state: RewardState;
  /** What the reward is worth now, in minor units. */
  amountMinor: number;
}

/** The outcome of an event. */
export type Transition =
  | {
      kind: 'move';
      from: RewardState;
      /** May equal `from` when only the amount changes (a partial refund). */
      to: RewardState;
      /** The reward's amount afterwards. */
      amountMinor: number;
      /** Taken back from the advocate by this transition (≥ 0), after approval. */
      reversedMinor: number;
      /** How the amount changed (≤ 0). */
      changeMinor: number;
      webhook: RewardWebhook | null;
    }
  /** Nothing to do: the event is already reflected (replays, refunds of a voided reward). */
  | { kind: 'unchanged'; reason: string }
  /** The event makes no sense in this state (approving a fulfilled reward). */
  | { kind: 'refused'; reason: string };

/**
 * Applies one event to a reward.
 * @example transition({ state: 'pending', amountMinor: 1000 }, { type: 'cancel' })
 * // → { kind: 'move', from: 'pending', to: 'voided', amountMinor: 0, changeMinor: -1000, … }
 */
export function transition(reward: RewardSnapshot, event: RewardEvent): Transition {
  const { state } = reward;
  if (FINAL_STATES.has(state)) {
    if (event.type === 'refund' || event.type === 'cancel' || event.type === 'window-passed') {
      return unchanged(`the reward is ${state}`);
    }
    if (event.type === 'reject' && state === 'rejected') return unchanged('already rejected');
    return refused(`a ${state} reward cannot be ${PAST[event.type]}`);
  }
  switch (event.type) {
    case 'window-passed':
      return state === 'pending'
        ? move(reward, 'approved', reward.amountMinor, 'reward.approved')
        : unchanged(
            state === 'held' ? 'a held reward waits for a person' : `the reward is ${state}`,
          );
    case 'approve':
      if (state === 'held') {
        return event.windowPassed
          ? move(reward, 'approved', reward.amountMinor, 'reward.approved')
          : move(reward, 'pending', reward.amountMinor, null);
      }
      return refused(`only a held reward can be approved; this one is ${state}`);
    case 'reject':
      if (state === 'held' || state === 'pending')
        return move(reward, 'rejected', 0, 'reward.voided');
      return refused(`an ${state} reward cannot be rejected; refund the order to reverse it`);
    case 'fulfil':
      if (state === 'approved') return move(reward, 'fulfilled', reward.amountMinor, null);
      if (state === 'fulfilled') return unchanged('already fulfilled');
      return refused(`only an approved reward can be fulfilled; this one is ${state}`);
    case 'cancel':
      return takeBack(reward, 0, true);
    case 'refund':
      return takeBack(reward, event.amountMinor, event.full);
  }
}

// Before approval a refund reduces or voids; after it, it reverses (part or all). A full
// refund or a cancellation ends the reward even when it is worth nothing (a custom reward).
function takeBack(reward: RewardSnapshot, remainingMinor: number, full: boolean): Transition {
  const next = full ? 0 : Math.max(0, Math.min(reward.amountMinor, remainingMinor));
  const approved = reward.state === 'approved' || reward.state === 'fulfilled';
  if (full || next === 0) {
    return approved
      ? move(reward, 'reversed', 0, 'reward.reversed')
      : move(reward, 'voided', 0, 'reward.voided');
  }
  if (next === reward.amountMinor) return unchanged('the refund leaves the reward as it is');
  return move(reward, reward.state, next, approved ? 'reward.reversed' : 'reward.reduced');
}

function move(
  reward: RewardSnapshot,
  to: RewardState,
  amountMinor: number,
  webhook: RewardWebhook | null,
): Transition {
  const approved = reward.state === 'approved' || reward.state === 'fulfilled';
  const changeMinor = amountMinor - reward.amountMinor;
  return {
    kind: 'move',
    from: reward.state,
    to,
    amountMinor,
    reversedMinor: approved ? reward.amountMinor - amountMinor : 0,
    changeMinor,
    webhook,
  };
}

function unchanged(reason: string): Transition {
  return { kind: 'unchanged', reason };
}

function refused(reason: string): Transition {
  return { kind: 'refused', reason };
}

const PAST: Record<RewardEventType, string> = {
  'window-passed': 'approved',
  refund: 'refunded',
  cancel: 'cancelled',
  approve: 'approved',
  reject: 'rejected',
  fulfil: 'fulfilled',
};
