import { z } from 'zod';
import { html, type SafeHtml } from '../../admin/render/html.js';
import { fill, SURVEY_EMAIL_MESSAGES } from '../../email-nps/survey-email-messages.js';
import { heading, note, paragraph, safeUrl, section } from '../blocks.js';
import { brandPalette } from '../brand-colors.js';
import { linkSchema } from '../schemas.js';
import { defineTemplate } from '../template.js';
import { blocksText } from '../text.js';

const scoreLinkSchema = z.object({ score: z.number().int().min(0).max(10), url: linkSchema });

/**
 * The NPS question with the 0–10 scale as eleven signed links (flow `nps`, marketing, one per
 * order; see `src/email-nps/`). The scale is a one-row table of links, which holds in Outlook
 * and Gmail; each link is named "9 out of 10" for screen readers, and the two ends are
 * labelled under it. Clicking records the score and opens the hosted page.
 */
export const npsSurvey = defineTemplate({
  schema: z.object({
    campaignId: z.string().min(1).max(128),
    variantId: z.string().min(1).max(128),
    links: z
      .array(scoreLinkSchema)
      .length(11)
      .refine(
        (links) => links.every((link, index) => link.score === index),
        'expected scores 0 to 10 in order',
      ),
  }),
  render(data, ctx) {
    const m = SURVEY_EMAIL_MESSAGES[ctx.locale];
    const values = { brand: ctx.brand.name };
    const palette = brandPalette(ctx.brand.color);
    const question = fill(m.question, values);
    const cells = data.links.map(
      (link) =>
        html`<td style="padding:0 2px" width="9%"><a href="${safeUrl(link.url)}" title="${fill(m.scoreLabel, { score: String(link.score) })}" aria-label="${fill(m.scoreLabel, { score: String(link.score) })}" style="display:block;padding:12px 0;border-radius:6px;background:${palette.background};color:${palette.onBackground};font-weight:700;font-size:16px;text-align:center;text-decoration:none">${link.score}</a></td>`,
    );
    const scale: SafeHtml = html`<mj-table role="presentation" padding="16px 0 4px" table-layout="fixed" width="100%"><tr>${cells}</tr></mj-table>
<mj-text mj-class="note" padding="0 0 8px"><span style="float:${ctx.dir === 'rtl' ? 'right' : 'left'}">${m.low}</span><span style="float:${ctx.dir === 'rtl' ? 'left' : 'right'}">${m.high}</span></mj-text>`;
    return {
      subject: fill(m.subject, values),
      preheader: fill(m.preheader, values),
      body: section([heading(question), paragraph(m.intro), scale, note(m.outro)]),
      text: blocksText([
        question,
        m.intro,
        data.links
          .map((link) => `${fill(m.scoreLabel, { score: String(link.score) })}: ${link.url}`)
          .join('\n'),
        `${m.low} · ${m.high}`,
        m.outro,
      ]),
    };
  },
});
