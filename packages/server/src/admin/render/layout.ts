import type { PageBasics } from '../site-scope.js';
import { generatedAt } from './format.js';
import { html, type SafeHtml } from './html.js';
import { DASHBOARD_CSS } from './styles.js';

/** Where the dashboard is mounted; links and form actions are absolute under it. */
export const ADMIN_BASE = '/admin';

/** The dashboard's pages, in the order of its tabs. */
export type AdminPage = 'overview' | 'rewards' | 'coupons' | 'webhooks' | 'mail' | 'channels';

const LOGO = html`<svg width="26" height="26" viewBox="0 0 26 26" aria-hidden="true"><path d="M13 2c1 2 3 3 5 3" stroke="#16a34a" stroke-width="2" fill="none" stroke-linecap="round"/>
  ${[
    [9, 9],
    [17, 9],
    [5, 15],
    [13, 15],
    [21, 15],
    [9, 21],
    [17, 21],
  ].map(
    ([cx, cy]) =>
      html`<circle cx="${cx}" cy="${cy}" r="4.2" fill="#6d28d9" opacity="${cy === 21 ? 0.75 : 1}"/>`,
  )}</svg>`;

/** What every dashboard page shares: the site, the tabs, a footer line. */
export interface LayoutData {
  siteKey: string;
  siteKeys: readonly string[];
  current: AdminPage;
  /** Held rewards waiting for a person, shown on the Rewards tab. */
  toReview?: number;
  /** Extra controls for the header (the overview's period and exports). */
  controls?: SafeHtml;
  footer: string;
}

/** A link to a dashboard page of a site, e.g. `adminHref('rewards', 'shop', { state: 'held' })`. */
export function adminHref(
  path: string,
  siteKey: string,
  params: Record<string, string | number> = {},
): string {
  const query = new URLSearchParams({ site: siteKey });
  for (const [name, value] of Object.entries(params)) query.set(name, String(value));
  return `${ADMIN_BASE}${path ? `/${path}` : ''}?${query}`;
}

const TABS: [AdminPage, string, string][] = [
  ['overview', '', 'Overview'],
  ['rewards', 'rewards', 'Rewards'],
  ['coupons', 'coupons', 'Coupons'],
  ['webhooks', 'webhooks', 'Webhooks'],
  ['mail', 'mail', 'Mail'],
  ['channels', 'channels', 'Channels'],
];

/** One self-contained dashboard page (inline CSS and SVG, no script). */
export function layout(data: LayoutData, title: string, main: SafeHtml): string {
  const tabs = TABS.map(
    ([page, path, label]) =>
      html`<a class="tab ${page === data.current ? 'current' : ''}" href="${adminHref(path, data.siteKey)}"${page === data.current ? html` aria-current="page"` : ''}>${label}${page === 'rewards' && data.toReview ? html` <span class="badge" title="Held rewards to review">${data.toReview}</span>` : ''}</a>`,
  );
  const sites =
    data.siteKeys.length > 1
      ? html`<nav aria-label="Sites">${data.siteKeys.map((key) => html`<a class="button ${key === data.siteKey ? 'current' : ''}" href="${adminHref(TABS.find(([p]) => p === data.current)?.[1] ?? '', key)}">${key}</a>`)}</nav>`
      : '';
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${title}</title><style>${DASHBOARD_CSS}</style></head><body>
<header><h1>${LOGO} Grapevine <span class="site">${data.siteKey}</span></h1>
<nav class="tabs" aria-label="Dashboard">${tabs}</nav>
${data.controls ? html`<nav aria-label="Period and exports">${data.controls}</nav>` : ''}
${sites}
</header>
${main}
<footer>${data.footer}</footer>
</body></html>`.value;
}

/** A page other than the overview: the layout with the request's basics and a plain footer. */
export function adminPage(
  data: PageBasics,
  current: AdminPage,
  title: string,
  main: SafeHtml,
): string {
  return layout(
    {
      siteKey: data.siteKey,
      siteKeys: data.siteKeys,
      toReview: data.toReview,
      current,
      footer: `Generated ${generatedAt(data.generatedAt)}.`,
    },
    `${title} · ${data.siteKey}`,
    main,
  );
}
