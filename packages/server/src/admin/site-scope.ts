import type { Context } from 'hono';
import type { ServerContext } from '../context.js';
import type { AdminEnv } from './env.js';
import { heldCount } from './reward-queries.js';

/** The site a dashboard request is about: the one named, or the first configured; null if unknown. */
export function siteOf(ctx: ServerContext, site: string | undefined): string | null {
  const siteKey = site ?? ctx.sites.keys().next().value ?? '';
  return ctx.sites.has(siteKey) ? siteKey : null;
}

/** A text field of the request's form body (urlencoded or multipart), if any. */
export async function formText(c: Context, name: string): Promise<string | undefined> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return undefined;
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const value = body[name];
  return typeof value === 'string' ? value : undefined;
}

/** What every dashboard page renders besides its own data. */
export interface PageBasics {
  siteKey: string;
  siteKeys: readonly string[];
  generatedAt: Date;
  csrfToken: string;
  /** Held rewards waiting for a person (the Rewards tab's badge). */
  toReview: number;
}

/** The {@link PageBasics} of a request for `siteKey`. */
export async function pageBasics(
  c: Context<AdminEnv>,
  ctx: ServerContext,
  siteKey: string,
): Promise<PageBasics> {
  return {
    siteKey,
    siteKeys: [...ctx.sites.keys()],
    generatedAt: new Date(ctx.clock.now()),
    csrfToken: c.var.csrfToken,
    toReview: await heldCount(ctx.db, siteKey),
  };
}
