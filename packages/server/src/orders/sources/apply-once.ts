import { setTimeout as sleep } from 'node:timers/promises';
import type { ServerContext } from '../../context.js';
import type { Site } from '../../site.js';
import type { OrderFact } from '../facts.js';
import {
  claimDelivery,
  type DeliveryKey,
  deliveryState,
  markApplied,
  releaseDelivery,
} from './deliveries.js';

/** Applies one verified fact (the order service's `applyOrderFact`). Idempotent by its natural key. */
export type ApplyOrderFact = (ctx: ServerContext, site: Site, fact: OrderFact) => Promise<unknown>;

/** How duplicates are waited for; tests shorten the waits. */
export interface ApplyOnceTiming {
  /** A claim older than this, never finished (its process died), may be taken over. */
  leaseMs: number;
  /** How long a copy waits for a concurrent copy of the same delivery to finish. */
  waitForCopyMs: number;
  pollMs: number;
}

/**
 * Applies a delivery's facts at most once per delivery key. `applied`: this call applied
 * them; `duplicate`: a copy already had; `busy`: a copy is still applying them after
 * `waitForCopyMs` (the platform should retry later). When applying fails the claim is
 * released and the error rethrown, so the platform's retry applies the delivery; every fact
 * is idempotent, so a partly applied delivery is safe to apply again.
 */
export async function applyOnce(
  ctx: ServerContext,
  site: Site,
  key: DeliveryKey,
  delivery: { topic: string; facts: readonly OrderFact[] },
  applyFact: ApplyOrderFact,
  timing: ApplyOnceTiming,
): Promise<'applied' | 'duplicate' | 'busy'> {
  const deadline = Date.now() + timing.waitForCopyMs;
  for (;;) {
    const claim = await claimDelivery(ctx.db, key, delivery.topic, ctx.clock.now(), timing.leaseMs);
    if (claim.state === 'applied') return 'duplicate';
    if (claim.state === 'claimed') {
      try {
        for (const fact of delivery.facts) await applyFact(ctx, site, fact);
        await markApplied(ctx.db, key, claim.token, ctx.clock.now());
      } catch (error) {
        await releaseDelivery(ctx.db, key, claim.token).catch(() => {});
        throw error;
      }
      return 'applied';
    }
    // A copy is being applied right now: wait for its outcome (then a duplicate), or take
    // over if it let go.
    while ((await deliveryState(ctx.db, key)) === 'processing') {
      if (Date.now() >= deadline) return 'busy';
      await sleep(timing.pollMs);
    }
  }
}
