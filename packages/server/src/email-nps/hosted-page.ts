import { html, SafeHtml } from '../admin/render/html.js';
import type { HostedMessages } from './hosted-messages.js';

/** What the hosted survey page hands to its script (JSON in the page, never HTML). */
export interface SurveyPageData {
  /** Where the page posts its comment, shares and referral request (this token's routes). */
  endpoint: string;
  campaignId: string;
  variantId: string;
  locale: string;
  dir: 'ltr' | 'rtl';
  score: number;
  brandName: string;
  brandColor?: string;
  /** Promoters continue to the referral step with their personal link. */
  promoter: boolean;
  offer: unknown;
  channels: readonly string[];
}

/** The hosted page's Content-Security-Policy: only its nonced script and style, same-origin calls. */
export function hostedCsp(nonce: string): string {
  return [
    "default-src 'none'",
    // The nonced module and what it imports (the widget's UI bundle and its locale part).
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    'img-src https: data:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const PAGE_CSS = `*{box-sizing:border-box}html{color-scheme:light dark}body{margin:0;min-height:100vh;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK JP","Noto Sans SC",sans-serif;background:Canvas;color:CanvasText;display:grid;place-items:center}main{max-width:32rem;padding:2rem 1.25rem;text-align:center}h1{font-size:1.5rem;margin:0 0 .5rem}p{margin:.5rem 0}.brand{font-weight:600;letter-spacing:.01em;opacity:.8;margin-bottom:1.5rem}`;

function page(
  lang: string,
  dir: string,
  nonce: string,
  title: string,
  head: SafeHtml | string,
  body: SafeHtml,
): string {
  return html`<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${title}</title>
<style nonce="${nonce}">${PAGE_CSS}</style>
${head}
</head>
<body>
${body}
</body>
</html>
`.toString();
}

/**
 * The survey page: the brand, a note shown once the prompt is closed, and the script that
 * mounts the widget's own NPS UI on the recorded score. The data travels as JSON in a
 * `type="application/json"` script, with `<` escaped so no text can end it.
 */
export function surveyPage(
  data: SurveyPageData,
  messages: HostedMessages,
  nonce: string,
  scriptUrl: string,
): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return page(
    data.locale,
    data.dir,
    nonce,
    `${messages.title} · ${data.brandName}`,
    html`<script type="application/json" id="grapevine-survey" nonce="${nonce}">${rawJson(json)}</script>
<script type="module" nonce="${nonce}" src="${scriptUrl}"></script>`,
    html`<main>
<p class="brand">${data.brandName}</p>
<p id="grapevine-closed" role="status" hidden>${messages.closed}</p>
</main>`,
  );
}

/** The page for a refused link: what happened, in the reader's language. */
export function refusedPage(
  kind: 'expired' | 'invalid',
  locale: string,
  messages: HostedMessages,
  nonce: string,
  brandName: string | undefined,
): string {
  const title = kind === 'expired' ? messages.expiredTitle : messages.invalidTitle;
  const text = kind === 'expired' ? messages.expiredBody : messages.invalidBody;
  return page(
    locale,
    messages.dir,
    nonce,
    title,
    '',
    html`<main>
${brandName ? html`<p class="brand">${brandName}</p>` : ''}
<h1>${title}</h1>
<p>${text}</p>
</main>`,
  );
}

function rawJson(json: string): SafeHtml {
  // JSON with every `<` escaped cannot end its script element; it is not HTML-escaped, since
  // a JSON script's text is read as it is.
  return new SafeHtml(json);
}
