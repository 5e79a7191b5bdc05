import { z } from 'zod';
import { button, heading, note, paragraph, quote, section } from '../blocks.js';
import { isoDateSchema, nameSchema } from '../schemas.js';
import { defineTemplate } from '../template.js';
import { blocksText } from '../text.js';

/**
 * To the shop's support address when a customer answers NPS 0–6: the score, their words and
 * a reply link. Flow `detractor-alert`, transactional, one per answer. The customer's comment
 * is escaped like all text.
 */
export const detractorAlert = defineTemplate({
  schema: z.object({
    score: z.number().int().min(0).max(6),
    comment: z.string().max(5000).optional(),
    customerName: nameSchema.optional(),
    customerEmail: z.string().trim().min(3).max(320).optional(),
    orderId: z.string().max(200).optional(),
    answeredAt: isoDateSchema,
  }),
  render(data, ctx) {
    const customer = data.customerName ?? data.customerEmail;
    const values = { brand: ctx.brand.name, score: String(data.score), customer: customer ?? '' };
    const body = ctx.t(customer ? 'detractorBody' : 'detractorBodyAnonymous', values);
    const comment = data.comment?.trim();
    const order = data.orderId ? ctx.t('detractorOrder', { order: data.orderId }) : '';
    const reply = data.customerEmail ? `mailto:${encodeURIComponent(data.customerEmail)}` : '';
    return {
      subject: ctx.t(customer ? 'detractorSubject' : 'detractorSubjectAnonymous', values),
      preheader: ctx.t('detractorPreheader'),
      body: section([
        heading(ctx.t('detractorTitle')),
        paragraph(body),
        note(ctx.t('detractorComment')),
        comment ? quote(comment) : note(ctx.t('detractorNoComment')),
        ...(order ? [note(order)] : []),
        paragraph(ctx.t('detractorAdvice')),
        ...(reply ? [button(ctx.t('detractorReply'), reply)] : []),
      ]),
      text: blocksText([
        ctx.t('detractorTitle'),
        body,
        comment
          ? `${ctx.t('detractorComment')}\n> ${comment.replace(/\n/g, '\n> ')}`
          : ctx.t('detractorNoComment'),
        order,
        ctx.t('detractorAdvice'),
        data.customerEmail
          ? ctx.t('labelValue', { label: ctx.t('detractorReply'), value: data.customerEmail })
          : '',
      ]),
    };
  },
});
