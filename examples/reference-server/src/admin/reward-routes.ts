import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { errorResponse } from '../http/errors.js';
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

/** What a person's decision on a held reward did. */
export type ReviewOutcome = 'done' | 'not-held';

/** The reward service's review transitions (each writes the audit log). */
export interface ReviewDecisions {
  approve(siteKey: string, orderId: string, actor: string): Promise<ReviewOutcome>;
  reject(siteKey: string, orderId: string, actor: string, reason: string): Promise<ReviewOutcome>;
}

const REASON_MAX = 500;

function noticeOf(done: string | undefined, orderId: string | undefined): Notice | undefined {
  if (!orderId) return undefined;
  if (done === 'approved' || done === 'rejected' || done === 'not-held')
    return { kind: done, orderId };
  return undefined;
}

/**
 * The review queue and the rewards table (`GET /admin/rewards`), one reward with its history
 * (`GET /admin/rewards/:orderId`), and the decisions, POST-only:
 * `POST /admin/rewards/:orderId/approve` and `…/reject` (form field `reason`, required). Each
 * answers 303 back to the queue, so a reload never repeats it.
 */
export function rewardRoutes(ctx: ServerContext, review: ReviewDecisions): Hono<AdminEnv> {
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
        ...pageBasics(c, ctx, siteKey),
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
        ...pageBasics(c, ctx, siteKey),
        reward,
        audit: await rewardAudit(ctx.db, siteKey, orderId),
      }),
    );
  });

  router.post('/:orderId/:decision{approve|reject}', async (c) => {
    const siteKey = siteOf(ctx, await formText(c, 'site'));
    if (!siteKey) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const orderId = c.req.param('orderId');
    const actor = `admin:${c.var.adminUser}`;
    let outcome: ReviewOutcome;
    if (c.req.param('decision') === 'approve') {
      outcome = await review.approve(siteKey, orderId, actor);
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
      outcome = await review.reject(siteKey, orderId, actor, reason);
    }
    const done =
      outcome === 'not-held'
        ? 'not-held'
        : c.req.param('decision') === 'approve'
          ? 'approved'
          : 'rejected';
    return c.redirect(
      `${adminHref('rewards', siteKey, { done, order: orderId })}#queue-title`,
      303,
    );
  });

  refuseGet(router, '/:orderId/:decision{approve|reject}');
  return router;
}
