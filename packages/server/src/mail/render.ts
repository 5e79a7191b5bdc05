import type { Site } from '../site.js';
import { templateContext } from './context.js';
import type { MailLocale } from './i18n/locales.js';
import { type FooterKind, type RenderedEmail, renderLayout } from './layout.js';
import { type MailTemplates, mailTemplates } from './templates/registry.js';

/** What to render: a template, its data, and where the email goes. */
export interface RenderRequest {
  template: string;
  data: unknown;
  locale: MailLocale;
  footer: FooterKind;
  /** The recipient's unsubscribe page; absent for alerts to the shop. */
  unsubscribeUrl?: string;
}

/**
 * Renders a queued email for a site: the template's subject, body and text in the locale,
 * inside the branded layout. Pure apart from MJML; the same input renders the same email.
 * @throws Error for an unknown template or data that no longer fits its schema.
 */
export async function renderEmail(
  site: Pick<Site, 'siteKey' | 'brand'>,
  request: RenderRequest,
): Promise<RenderedEmail> {
  const template = (mailTemplates as MailTemplates)[request.template];
  if (!template) throw new Error(`no email template "${request.template}"`);
  const data = template.schema.parse(request.data);
  const ctx = templateContext(site, request.locale);
  return renderLayout(template.render(data, ctx), ctx, {
    kind: request.footer,
    ...(request.unsubscribeUrl ? { unsubscribeUrl: request.unsubscribeUrl } : {}),
  });
}
