import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ServerContext } from '../context.js';
import { addPoolCodes, parsePoolUpload, poolStatus } from '../coupons/pool.js';
import { errorResponse } from '../http/errors.js';
import { ADMIN_CSP } from './csp.js';
import type { AdminEnv } from './env.js';
import { refuseGet } from './post-only.js';
import {
  type CouponsPageData,
  POOL_UPLOAD_MAX_BYTES,
  renderCouponsPage,
} from './render/coupons-page.js';
import { adminHref } from './render/layout.js';
import { formText, pageBasics, siteOf } from './site-scope.js';

const DEFAULT_LOW_WATERMARK = 20;

/** The upload's full path: the app's general body limit skips it, it has its own. */
export const POOL_UPLOAD_PATH = '/admin/coupons/upload';

/** At most 1 MB per upload (about 50,000 codes), checked before the form is read. */
export const uploadLimit = bodyLimit({
  maxSize: POOL_UPLOAD_MAX_BYTES,
  onError: (c) =>
    errorResponse(
      c,
      413,
      'body-too-large',
      'The file is too large: upload at most 1 MB at a time.',
    ),
});

/**
 * The coupon pool (`GET /admin/coupons`) and its upload, `POST /admin/coupons/upload`
 * (multipart, a file in `codes`, at most 1 MB), which answers 303 back to the page, or 400
 * with the page and the first problem of the file.
 */
export function couponRoutes(ctx: ServerContext): Hono<AdminEnv> {
  const router = new Hono<AdminEnv>();
  const settings = (siteKey: string) => {
    const fulfilment = ctx.sites.get(siteKey)?.fulfilment;
    return {
      provider: fulfilment?.provider ?? 'webhook',
      lowWatermark:
        fulfilment?.provider === 'pool' ? fulfilment.lowWatermark : DEFAULT_LOW_WATERMARK,
    };
  };
  const page = async (c: Context<AdminEnv>, siteKey: string, upload: CouponsPageData['upload']) => {
    const { provider, lowWatermark } = settings(siteKey);
    c.header('Content-Security-Policy', ADMIN_CSP);
    return renderCouponsPage({
      ...(await pageBasics(c, ctx, siteKey)),
      provider,
      pool: await poolStatus(ctx.db, siteKey, lowWatermark),
      upload,
    });
  };

  router.get('/', async (c) => {
    const siteKey = siteOf(ctx, c.req.query('site'));
    if (!siteKey) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const added = Number(c.req.query('added'));
    const skipped = Number(c.req.query('skipped'));
    const upload =
      Number.isSafeInteger(added) && Number.isSafeInteger(skipped) && c.req.query('added')
        ? { added, skipped }
        : undefined;
    return c.html(await page(c, siteKey, upload));
  });

  router.post('/upload', async (c) => {
    const siteKey = siteOf(ctx, await formText(c, 'site'));
    if (!siteKey) return errorResponse(c, 404, 'unknown-site', 'Unknown site key.');
    const body = await c.req.parseBody();
    const file = body.codes;
    const text = file instanceof File ? await file.text() : typeof file === 'string' ? file : '';
    const parsed = parsePoolUpload(text, file instanceof File ? file.type : 'text/csv');
    if ('problem' in parsed) return c.html(await page(c, siteKey, parsed), 400);
    const added = await addPoolCodes(ctx.db, siteKey, parsed.codes, ctx.clock.now());
    ctx.logger.info('coupon codes uploaded', { siteKey, added, by: c.var.adminUser });
    const skipped = parsed.codes.length - added;
    return c.redirect(adminHref('coupons', siteKey, { added, skipped }), 303);
  });
  refuseGet(router, '/upload');
  return router;
}
