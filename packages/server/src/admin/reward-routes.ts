import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { isHttpError } from '../errors.js';
import { errorResponse } from '../http/errors.js';
import type { Transition } from '../rewards/state-machine.js';
import { approveHeldReward, rejectHeldReward } from '../services/rewards.js';
import { ADMIN_CSP } from './csp.js';
import type { AdminEnv } from './env.js';
import { refuseGet } from './post-only.js';
import { adminHref } from './render/layout.js';
import { type Notice, renderRewardPage, renderRewardsPage } from './render/rewards-page.js';
import {
  heldRewards,
  recentAudit,
  rewardAudit,
  rewardDetail,
  rewardRows,
  rewardTotals,
} from './reward-queries.js';
import { REWARD_STATES, type RewardState } from './reward-views.js';
import { formText, pageBasics, siteOf } from './site-scope.js';

const REASON_MAX = 500;

const NOTICES: readonly Notice['kind'][] = ['approved', 'pending', 'rejected', 'not-held'];

function noticeOf(done: string | undefined, orderId: string | undefined): Notice | undefined {
  const kind = NOTICES.find((k) => k === done);
  return kind && orderId ? { kind, orderId } : undefined;
}

/**
 * A person's decision through the reward service (which locks the reward, moves it through
 * the state machine, writes the audit log and queues the webhook).
 * @returns the state the reward is in now, or `not-held` when it was no longer waiting for
 *   a decision (decided meanwhile, or voided by a refund).
 */
async function decide(run: () => Promise<Transition>): Promise<Notice['kind']> {
  try {
    const result = await run();
    if (result.kind !== 'move') return 'not-held';
    return result.to === 'approved' || result.to === 'pending' ? result.to : 'rejected';
  } catch (error) {
    if (isHttpError(error) && error.status === 409) return 'not-held';
    throw error;
  }
}

/**
 * The review queue and the rewards table (`GET /admin/rewards`), one reward with its history
 * (`GET /admin/rewards/:orderId`), and the decisions, POST-only:
 * `POST /admin/rewards/:orderId/approve` and `…/reject` (form field `reason`, required). Each
 * answers 303 back to the queue, so a reload never repeats it.
 */
export function rewardRoutes(ctx: ServerContext): Hono<AdminEnv> {
  const router = new Hono<AdminEnv>();

  router.get('/', async (c) => {
    const siteKey = siteOf(ctx, c.req.query('site'));
    if (!siteKey) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const wanted = c.req.query('state');
    const filter = REWARD_STATES.includes(wanted as RewardState) ? (wanted as RewardState) : null;
    const [held, totals, rewards, recent] = await Promise.all([
      heldRewards(ctx.db, siteKey),
      rewardTotals(ctx.db, siteKey),
      rewardRows(ctx.db, siteKey, filter),
      recentAudit(ctx.db, siteKey),
    ]);
    c.header('Content-Security-Policy', ADMIN_CSP);
    return c.html(
      renderRewardsPage({
        ...(await pageBasics(c, ctx, siteKey)),
        held,
        totals,
        rewards,
        filter,
        recent,
        notice: noticeOf(c.req.query('done'), c.req.query('order')),
      }),
    );
  });

  router.get('/:orderId', async (c) => {
    const siteKey = siteOf(ctx, c.req.query('site'));
    if (!siteKey) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const orderId = c.req.param('orderId');
    const reward = await rewardDetail(ctx.db, siteKey, orderId);
    if (!reward) return errorResponse(c, 404, 'unknown-reward', 'No reward for this order.');
    c.header('Content-Security-Policy', ADMIN_CSP);
    return c.html(
      renderRewardPage({
        ...(await pageBasics(c, ctx, siteKey)),
        reward,
        audit: await rewardAudit(ctx.db, siteKey, orderId),
      }),
    );
  });

  router.post('/:orderId/:decision{approve|reject}', async (c) => {
    const siteKey = siteOf(ctx, await formText(c, 'site'));
    const site = siteKey ? ctx.sites.get(siteKey) : undefined;
    if (!siteKey || !site) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const orderId = c.req.param('orderId');
    const actor = `admin:${c.var.adminUser}` as const;
    let done: Notice['kind'];
    if (c.req.param('decision') === 'approve') {
      const reason = 'approved after review';
      done = await decide(() => approveHeldReward(ctx, site, orderId, { actor, reason }));
    } else {
      const reason = ((await formText(c, 'reason')) ?? '').trim();
      if (!reason || reason.length > REASON_MAX) {
        return errorResponse(
          c,
          400,
          'invalid-request',
          `reason: required to reject, at most ${REASON_MAX} characters.`,
        );
      }
      done = await decide(() => rejectHeldReward(ctx, site, orderId, { actor, reason }));
    }
    return c.redirect(
      `${adminHref('rewards', siteKey, { done, order: orderId })}#queue-title`,
      303,
    );
  });
  refuseGet(router, '/:orderId/:decision{approve|reject}');
  return router;
}
