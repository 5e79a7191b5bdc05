import type { ServerContext } from '../context.js';
import { couponJobHandlers } from '../coupons/jobs.js';
import type { JobHandlers } from './runner.js';

/**
 * Every job kind this server runs, wired to its services. Provider calls use `fetchImpl`.
 */
export function jobHandlers(ctx: ServerContext, fetchImpl: typeof fetch): JobHandlers {
  return { ...couponJobHandlers(ctx, fetchImpl) };
}
