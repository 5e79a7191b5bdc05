import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { resolveMailLocale } from './i18n/locales.js';
import { defaultBrand, type EmailBasis } from './settings.js';
import { suppress } from './suppressions.js';
import {
  renderUnsubscribePage,
  type UnsubscribeView,
  unsubscribePageCsp,
} from './unsubscribe-page.js';
import { tokenEmailId, verifyUnsubscribeToken } from './unsubscribe-token.js';

interface Recipient {
  site_key: string;
  to_address: string;
  to_key: string;
  locale: string;
  basis: EmailBasis;
}

/**
 * `/mail/unsubscribe?t=<token>`: the link in every customer email and its
 * `List-Unsubscribe` header.
 * - GET shows the choice (asks and offers only, or everything); it changes nothing, so link
 *   scanners and prefetches are harmless.
 * - POST `List-Unsubscribe=One-Click` (RFC 8058, sent by the mailbox provider without
 *   cookies) unsubscribes at once: from marketing for a marketing email, from everything
 *   for any other. POST `scope=marketing|all` is the page's form.
 * The signed token is the only credential (no session, so no CSRF to defend); repeating
 * either is harmless. The address is never in the URL.
 */
export function unsubscribeRoutes(ctx: Pick<ServerContext, 'db' | 'sites' | 'clock'>) {
  const router = new Hono();

  async function recipient(token: string | undefined) {
    const emailId = token ? tokenEmailId(token) : null;
    if (!token || !emailId) return null;
    const rows = await ctx.db.query<Recipient>(
      'select site_key, to_address, to_key, locale, basis from emails where id = $1',
      [emailId],
    );
    const row = rows[0];
    const site = row && ctx.sites.get(row.site_key);
    if (!row || !site) return null;
    const valid = verifyUnsubscribeToken(site.secret, token, {
      siteKey: site.siteKey,
      emailId,
      addressKey: row.to_key,
    });
    return valid ? { row, site } : null;
  }

  function page(
    status: 200 | 400,
    found: Awaited<ReturnType<typeof recipient>>,
    view: UnsubscribeView,
  ) {
    const brand =
      found?.site.brand ?? (found ? defaultBrand(found.site.siteKey) : defaultBrand('Grapevine'));
    const locale = resolveMailLocale(found?.row.locale);
    return new Response(renderUnsubscribePage(brand, locale, view).value, {
      status,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': unsubscribePageCsp(brand),
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  }

  router.get('/unsubscribe', async (c) => {
    const token = c.req.query('t');
    const found = await recipient(token);
    if (!found || !token) return page(400, null, { step: 'invalid' });
    return page(200, found, { step: 'choose', token, address: found.row.to_address });
  });

  router.post('/unsubscribe', async (c) => {
    const found = await recipient(c.req.query('t'));
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const oneClick = body['List-Unsubscribe'] === 'One-Click';
    if (!found) {
      return oneClick
        ? c.text('Invalid unsubscribe link.', 400)
        : page(400, null, { step: 'invalid' });
    }
    const scope = oneClick
      ? found.row.basis === 'marketing'
        ? 'marketing'
        : 'all'
      : body.scope === 'marketing' || body.scope === 'all'
        ? body.scope
        : null;
    if (!scope) return c.text('Expected scope=marketing or scope=all.', 400);
    await suppress(
      ctx.db,
      found.site.siteKey,
      found.row.to_address,
      { scope, reason: 'unsubscribe', detail: oneClick ? 'one-click' : 'page' },
      ctx.clock.now(),
    );
    if (oneClick) return c.text('Unsubscribed.', 200);
    return page(200, found, { step: 'done', scope, address: found.row.to_address });
  });
  return router;
}
