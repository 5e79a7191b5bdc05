import { z } from 'zod';
import { button, codeBox, heading, paragraph, plainLink, section } from '../blocks.js';
import { linkSchema, moneySchema } from '../schemas.js';
import { defineTemplate } from '../template.js';
import { blocksText } from '../text.js';

/**
 * To the advocate when the reward is approved (return window over, or a person approved it):
 * the amount, the reward code when the shop issues one, and the personal link to keep
 * sharing. Flow `reward-approved`, transactional, one per order.
 */
export const rewardApproved = defineTemplate({
  schema: z.object({
    reward: moneySchema,
    rewardCode: z.string().trim().min(1).max(100).optional(),
    shopUrl: linkSchema.optional(),
    referralUrl: linkSchema.optional(),
  }),
  render(data, ctx) {
    const values = {
      brand: ctx.brand.name,
      reward: ctx.money(data.reward.minor, data.reward.currency),
    };
    const body = ctx.t('rewardApprovedBody', values);
    const more = ctx.t('keepSharing', values);
    return {
      subject: ctx.t('rewardApprovedSubject', values),
      preheader: ctx.t('rewardApprovedPreheader', values),
      body: section([
        heading(ctx.t('rewardApprovedTitle')),
        paragraph(body),
        ...(data.rewardCode ? [codeBox(ctx.t('rewardCodeLabel'), data.rewardCode)] : []),
        ...(data.shopUrl ? [button(ctx.t('shopNow'), data.shopUrl)] : []),
        ...(data.referralUrl ? [paragraph(more), plainLink(data.referralUrl)] : []),
      ]),
      text: blocksText([
        ctx.t('rewardApprovedTitle'),
        body,
        data.rewardCode
          ? ctx.t('labelValue', { label: ctx.t('rewardCodeLabel'), value: data.rewardCode })
          : '',
        data.shopUrl ? ctx.t('labelValue', { label: ctx.t('shopNow'), value: data.shopUrl }) : '',
        data.referralUrl ? `${more}\n${data.referralUrl}` : '',
      ]),
    };
  },
});
