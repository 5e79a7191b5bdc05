import mjml2html from 'mjml';
import { html } from '../admin/render/html.js';
import { safeUrl } from './blocks.js';
import { brandPalette, INK } from './brand-colors.js';
import type { TemplateContext, TemplateOutput } from './template.js';
import { blocksText } from './text.js';

/** Who the email is for, which decides the footer. */
export type FooterKind = 'transactional' | 'marketing' | 'alert';

/** A finished email. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const FONT =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Hiragino Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const MUTED = '#4b5563';

/**
 * Wraps a template's output in the shared layout (brand header, white card, footer with why
 * the email came and the unsubscribe link) and compiles the MJML. No images but the shop's
 * own logo, no tracking pixels, no third-party requests.
 * @throws Error when MJML reports an invalid document (a template bug).
 */
export async function renderLayout(
  output: TemplateOutput,
  ctx: TemplateContext,
  footer: { kind: FooterKind; unsubscribeUrl?: string },
): Promise<RenderedEmail> {
  const palette = brandPalette(ctx.brand.color);
  const align = ctx.dir === 'rtl' ? 'right' : 'left';
  const why = ctx.t(
    footer.kind === 'alert'
      ? 'footerAlert'
      : footer.kind === 'marketing'
        ? 'footerMarketing'
        : 'footerTransactional',
    { brand: ctx.brand.name },
  );
  const header = ctx.brand.logoUrl
    ? html`<mj-image src="${safeUrl(ctx.brand.logoUrl)}" alt="${ctx.brand.name}" height="40px" width="160px" align="${align}" padding="0" />`
    : html`<mj-text mj-class="brand"><bdi>${ctx.brand.name}</bdi></mj-text>`;
  const unsubscribe = footer.unsubscribeUrl
    ? html` · <a href="${safeUrl(footer.unsubscribeUrl)}" class="gv-muted-link">${ctx.t('unsubscribe')}</a>`
    : '';
  const document = html`<mjml lang="${ctx.locale}" dir="${ctx.dir}">
<mj-head>
<mj-title>${output.subject}</mj-title>
<mj-preview>${output.preheader}</mj-preview>
<mj-attributes>
<mj-all font-family="${FONT}" />
<mj-section direction="${ctx.dir}" />
<mj-wrapper direction="${ctx.dir}" />
<mj-column direction="${ctx.dir}" />
<mj-text font-size="16px" line-height="1.55" color="${INK}" align="${align}" padding="8px 0" />
<mj-button background-color="${palette.background}" color="${palette.onBackground}" font-size="16px" font-weight="600" border-radius="8px" inner-padding="14px 28px" align="${align}" padding="16px 0 8px" />
<mj-class name="heading" font-size="24px" line-height="1.3" font-weight="700" padding="24px 0 8px" />
<mj-class name="brand" font-size="20px" font-weight="700" color="${palette.onBackground}" padding="0" />
<mj-class name="note" font-size="14px" color="${MUTED}" />
<mj-class name="label" font-size="13px" font-weight="600" color="${MUTED}" padding="16px 0 4px" text-transform="uppercase" letter-spacing="0.05em" />
<mj-class name="code" font-size="26px" font-weight="700" letter-spacing="0.08em" padding="8px 0" font-family="ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" />
<mj-class name="quote" font-style="italic" padding="12px 16px" container-background-color="#f9fafb" />
</mj-attributes>
<mj-style>
.gv-code div { background: #f9fafb; border: 2px dashed #d1d5db; border-radius: 8px; padding: 10px 0; text-align: center !important; direction: ltr; }
a.gv-link { color: ${palette.link}; word-break: break-all; }
a.gv-muted-link { color: ${MUTED}; }
</mj-style>
</mj-head>
<mj-body background-color="#f3f4f6" width="600px">
<mj-section padding="24px 0 0"><mj-column></mj-column></mj-section>
<mj-section background-color="${palette.background}" padding="20px 32px" border-radius="12px 12px 0 0"><mj-column>${header}</mj-column></mj-section>
<mj-wrapper background-color="#ffffff" padding="0 0 24px" border-radius="0 0 12px 12px">${output.body}</mj-wrapper>
<mj-section padding="16px 32px 32px"><mj-column><mj-text mj-class="note" font-size="12px">${why}${unsubscribe}</mj-text></mj-column></mj-section>
</mj-body>
</mjml>`;
  const result = await mjml2html(document.value, { validationLevel: 'strict', minify: false });
  const text = blocksText([
    output.text,
    '—',
    why,
    footer.unsubscribeUrl ? ctx.t('unsubscribeText', { url: footer.unsubscribeUrl }) : '',
  ]);
  return { subject: output.subject, html: result.html, text };
}
