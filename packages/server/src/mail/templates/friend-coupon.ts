import { z } from 'zod';
import { button, codeBox, heading, note, paragraph, section } from '../blocks.js';
import { formatOffer } from '../format-offer.js';
import { isoDateSchema, linkSchema, nameSchema, offerSchema } from '../schemas.js';
import { defineTemplate } from '../template.js';
import { blocksText } from '../text.js';

/**
 * To the friend right after a claim: their coupon to keep, and the link that applies it.
 * Flow `friend-coupon`, transactional, one per claim.
 */
export const friendCoupon = defineTemplate({
  schema: z.object({
    coupon: z.string().trim().min(1).max(100),
    applyUrl: linkSchema,
    offer: offerSchema,
    advocateName: nameSchema.optional(),
    expiresAt: isoDateSchema.optional(),
  }),
  render(data, ctx) {
    const values = {
      brand: ctx.brand.name,
      friend: formatOffer(data.offer, ctx),
      name: data.advocateName ?? '',
      code: data.coupon,
    };
    const body = ctx.t(data.advocateName ? 'friendCouponBody' : 'friendCouponBodyNoName', values);
    const valid = data.expiresAt ? ctx.t('validUntil', { date: ctx.date(data.expiresAt) }) : '';
    return {
      subject: ctx.t('friendCouponSubject', values),
      preheader: ctx.t('friendCouponPreheader', values),
      body: section([
        heading(ctx.t('friendCouponTitle')),
        paragraph(body),
        codeBox(ctx.t('codeLabel'), data.coupon),
        ...(valid ? [note(valid)] : []),
        button(ctx.t('applyCode'), data.applyUrl),
        note(ctx.t('applyHint')),
      ]),
      text: blocksText([
        ctx.t('friendCouponTitle'),
        body,
        ctx.t('labelValue', { label: ctx.t('codeLabel'), value: data.coupon }),
        valid,
        ctx.t('labelValue', { label: ctx.t('applyCode'), value: data.applyUrl }),
        ctx.t('applyHint'),
      ]),
    };
  },
});
