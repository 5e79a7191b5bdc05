import { createHash } from 'node:crypto';
import { html, SafeHtml } from '../admin/render/html.js';
import { brandPalette, INK } from './brand-colors.js';
import { mailCatalogs } from './i18n/catalogs.js';
import { type MailLocale, mailDirection } from './i18n/locales.js';
import { translator } from './i18n/translate.js';
import type { Brand } from './settings.js';

/** What the unsubscribe page shows. */
export type UnsubscribeView =
  | { step: 'choose'; token: string; address: string }
  | { step: 'done'; scope: 'marketing' | 'all'; address: string }
  | { step: 'invalid' };

// Ours (no customer text; the colour is a validated #rrggbb), byte-identical to its CSP hash.
function styles(brand: Brand): string {
  const palette = brandPalette(brand.color);
  return `*{box-sizing:border-box}body{margin:0;background:#f3f4f6;color:${INK};font:16px/1.55 -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Arial,'Noto Sans','Hiragino Sans','PingFang SC',sans-serif}
main{max-width:32rem;margin:2rem auto;background:#fff;border-radius:12px;overflow:hidden;box-shadow:0 1px 3px rgb(0 0 0/.1)}
header{background:${palette.background};color:${palette.onBackground};padding:1rem 1.5rem;font-weight:700;font-size:1.15rem}
section{padding:1.5rem}h1{font-size:1.5rem;line-height:1.3;margin:0 0 .75rem}p{margin:0 0 1rem}
form{display:grid;gap:1rem}button{font:inherit;font-weight:600;min-height:44px;width:100%;padding:.75rem 1rem;border-radius:8px;cursor:pointer;border:2px solid ${palette.background};background:${palette.background};color:${palette.onBackground}}
button.secondary{background:#fff;color:${INK};border-color:#9ca3af}button:focus-visible{outline:3px solid ${INK};outline-offset:2px}
.hint{display:block;font-size:.875rem;color:#4b5563;margin-top:.25rem}.address{word-break:break-all;font-weight:600}
@media (max-width:34rem){main{margin:0;border-radius:0;min-height:100vh}}`;
}

/** The CSP of the page: nothing but its own inline style (by hash) and a form to itself. */
export function unsubscribePageCsp(brand: Brand): string {
  const hash = createHash('sha256').update(styles(brand)).digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;
}

/**
 * The hosted unsubscribe page in the email's locale: a choice (asks and offers only, or
 * everything), the confirmation, or an invalid-link message. No script; every value escaped.
 * Opening it changes nothing: only its form (or the one-click POST) unsubscribes.
 */
export function renderUnsubscribePage(
  brand: Brand,
  locale: MailLocale,
  view: UnsubscribeView,
): SafeHtml {
  const t = translator(mailCatalogs[locale], { isolate: mailDirection(locale) === 'rtl' });
  const values = { brand: brand.name, address: view.step === 'invalid' ? '' : view.address };
  let content: SafeHtml;
  if (view.step === 'invalid') {
    content = html`<p>${t('unsubscribeInvalid')}</p>`;
  } else if (view.step === 'done') {
    content = html`<p role="status">${t(view.scope === 'all' ? 'unsubscribeDoneAll' : 'unsubscribeDoneMarketing', values)}</p>`;
  } else {
    content = html`<p>${t('unsubscribeQuestion', values)}</p>
<form method="post" action="?t=${encodeURIComponent(view.token)}">
<div><button type="submit" name="scope" value="marketing" aria-describedby="hint-marketing">${t('unsubscribeMarketing')}</button>
<span class="hint" id="hint-marketing">${t('unsubscribeMarketingHint')}</span></div>
<div><button type="submit" name="scope" value="all" class="secondary" aria-describedby="hint-all">${t('unsubscribeAll')}</button>
<span class="hint" id="hint-all">${t('unsubscribeAllHint', values)}</span></div>
</form>`;
  }
  return html`<!doctype html>
<html lang="${locale}" dir="${mailDirection(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${t('unsubscribeTitle')} · ${brand.name}</title>
<style>${new SafeHtml(styles(brand))}</style></head>
<body><main><header><bdi>${brand.name}</bdi></header><section><h1>${t('unsubscribeTitle')}</h1>${content}</section></main></body>
</html>`;
}
