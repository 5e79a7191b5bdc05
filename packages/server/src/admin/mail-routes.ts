import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { errorResponse } from '../http/errors.js';
import type { CaughtMail } from '../mail/catcher.js';
import { recentEmails } from '../mail/queries.js';
import { listSuppressions, suppress, unsuppress } from '../mail/suppressions.js';
import { ADMIN_CSP } from './csp.js';
import type { AdminEnv } from './env.js';
import { refuseGet } from './post-only.js';
import { adminHref } from './render/layout.js';
import { renderCaughtMail, renderMailPage } from './render/mail-page.js';
import { formText, pageBasics, siteOf } from './site-scope.js';

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;
const NOTICES: Record<string, string> = {
  added: 'The address is suppressed.',
  removed: 'The address was removed from the suppression list.',
  'not-listed': 'That address was not on the list.',
  invalid: 'Nothing changed: that is not an email address.',
};

/**
 * The Mail tab (`GET /admin/mail`) and the suppression list's actions
 * (`POST /admin/mail/suppressions/add|remove`, CSRF-checked like every dashboard form).
 * With a demo mailbox, `GET /admin/mail/caught/:id` shows one caught message.
 */
export function mailRoutes(
  ctx: ServerContext,
  mailbox: { readonly messages: readonly CaughtMail[] } | undefined,
): Hono<AdminEnv> {
  const router = new Hono<AdminEnv>();

  router.get('/', async (c) => {
    const siteKey = siteOf(ctx, c.req.query('site'));
    if (!siteKey) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const [emails, suppressions] = await Promise.all([
      recentEmails(ctx.db, siteKey),
      listSuppressions(ctx.db, siteKey),
    ]);
    c.header('Content-Security-Policy', ADMIN_CSP);
    return c.html(
      renderMailPage({
        ...(await pageBasics(c, ctx, siteKey)),
        enabled: ctx.sites.get(siteKey)?.email?.enabled ?? false,
        emails,
        suppressions,
        caught: mailbox ? [...mailbox.messages].reverse() : undefined,
        notice: NOTICES[c.req.query('done') ?? ''],
      }),
    );
  });

  router.get('/caught/:id', async (c) => {
    const siteKey = siteOf(ctx, c.req.query('site'));
    const mail = mailbox?.messages.find((m) => String(m.id) === c.req.param('id'));
    if (!siteKey || !mail) return errorResponse(c, 404, 'not-found', 'No such message.');
    // The email's own inline styles render in the sandboxed frame; nothing else is allowed.
    c.header('Content-Security-Policy', ADMIN_CSP);
    return c.html(renderCaughtMail(await pageBasics(c, ctx, siteKey), mail));
  });

  for (const action of ['add', 'remove'] as const) {
    router.post(`/suppressions/${action}`, async (c) => {
      const siteKey = siteOf(ctx, await formText(c, 'site'));
      if (!siteKey) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
      const address = (await formText(c, 'address'))?.trim() ?? '';
      let done: string;
      if (!ADDRESS.test(address)) done = 'invalid';
      else if (action === 'add') {
        const scope = (await formText(c, 'scope')) === 'marketing' ? 'marketing' : 'all';
        await suppress(
          ctx.db,
          siteKey,
          address,
          { scope, reason: 'admin', detail: `by ${c.var.adminUser}` },
          ctx.clock.now(),
        );
        done = 'added';
      } else {
        done = (await unsuppress(ctx.db, siteKey, address)) ? 'removed' : 'not-listed';
      }
      if (done === 'added' || done === 'removed') {
        ctx.logger.info(`suppression ${done}`, { siteKey, by: c.var.adminUser });
      }
      return c.redirect(adminHref('mail', siteKey, { done }), 303);
    });
    refuseGet(router, `/suppressions/${action}`);
  }
  return router;
}
