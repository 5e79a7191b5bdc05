import type { PageBasics } from '../site-scope.js';
import { formatCount } from './format.js';
import { html, type SafeHtml } from './html.js';
import { ADMIN_BASE, adminPage } from './layout.js';
import { formBasics } from './rewards.js';

/** The largest coupon list the dashboard accepts in one upload. */
export const POOL_UPLOAD_MAX_BYTES = 1024 * 1024;

/** Everything the Coupons page shows. */
export interface CouponsPageData extends PageBasics {
  /** How the site fulfils friend coupons: `pool`, `shopify`, `stripe`, `woocommerce`, `webhook`. */
  provider: string;
  pool: { remaining: number; handedOut: number; lowWatermark: number; low: boolean };
  /** The outcome of the last upload. */
  upload?: { added: number; skipped: number } | { problem: string } | undefined;
}

function uploadNotice(upload: CouponsPageData['upload']): SafeHtml | '' {
  if (!upload) return '';
  if ('problem' in upload)
    return html`<p class="notice error" role="alert">Nothing was uploaded: ${upload.problem}</p>`;
  return html`<p class="notice" role="status">${formatCount(upload.added)} new ${upload.added === 1 ? 'code' : 'codes'} added to the pool${upload.skipped ? html`; ${formatCount(upload.skipped)} already there, skipped` : ''}.</p>`;
}

function poolWarning(data: CouponsPageData): SafeHtml | '' {
  if (data.provider !== 'pool' || !data.pool.low) return '';
  return data.pool.remaining === 0
    ? html`<p class="notice error" role="alert">The coupon pool is empty: friends who claim now get no code. Upload more codes.</p>`
    : html`<p class="notice warn" role="alert">Only ${formatCount(data.pool.remaining)} ${data.pool.remaining === 1 ? 'code is' : 'codes are'} left in the pool (the warning starts below ${formatCount(data.pool.lowWatermark)}). Upload more codes.</p>`;
}

/** The coupon pool: codes left, the low-stock warning, and the CSV upload. */
export function renderCouponsPage(data: CouponsPageData): string {
  const { pool } = data;
  const main = html`<main>
${uploadNotice(data.upload)}
${poolWarning(data)}
<section class="kpis" aria-label="Coupon pool">
  <div class="kpi"><div class="label">Codes left</div><div class="value">${formatCount(pool.remaining)}</div><div class="note">warning below ${formatCount(pool.lowWatermark)}</div></div>
  <div class="kpi"><div class="label">Handed out</div><div class="value">${formatCount(pool.handedOut)}</div><div class="note">one per friend who claimed</div></div>
  <div class="kpi"><div class="label">Fulfilment</div><div class="value">${data.provider}</div><div class="note">${data.provider === 'pool' ? 'friends get codes from this pool' : 'the pool is used only with provider "pool"'}</div></div>
</section>
<section class="card" aria-labelledby="upload-title"><h2 id="upload-title">Upload codes</h2>
  <p class="sub">Codes your shop already accepts at its checkout, each handed out to one friend. A CSV file with one code per line, or with a <code>code</code> column; up to 1 MB. Codes already in the pool are skipped, so uploading a file twice is safe.</p>
  <form class="actions" method="post" action="${ADMIN_BASE}/coupons/upload" enctype="multipart/form-data">${formBasics(data.csrfToken, data.siteKey)}
    <label class="field">CSV file<input type="file" name="codes" accept=".csv,.txt,text/csv,text/plain" required></label>
    <button type="submit">Upload codes</button>
  </form>
</section>
</main>`;
  return adminPage(data, 'coupons', `Coupons`, main);
}
