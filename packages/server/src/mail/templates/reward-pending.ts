import { z } from 'zod';
import { button, heading, note, paragraph, section } from '../blocks.js';
import { isoDateSchema, linkSchema, moneySchema, nameSchema } from '../schemas.js';
import { defineTemplate } from '../template.js';
import { blocksText } from '../text.js';

/**
 * To the advocate when a referred friend's order is credited: the reward earned and when it
 * is confirmed (after the return window). Flow `reward-pending`, transactional, one per order.
 */
export const rewardPending = defineTemplate({
  schema: z.object({
    reward: moneySchema,
    friendName: nameSchema.optional(),
    confirmsAt: isoDateSchema.optional(),
    referralUrl: linkSchema.optional(),
  }),
  render(data, ctx) {
    const values = {
      brand: ctx.brand.name,
      name: data.friendName ?? '',
      reward: ctx.money(data.reward.minor, data.reward.currency),
    };
    const named = Boolean(data.friendName);
    const body = ctx.t(named ? 'rewardPendingBody' : 'rewardPendingBodyNoName', values);
    const wait = data.confirmsAt
      ? ctx.t('rewardPendingWait', { date: ctx.date(data.confirmsAt) })
      : '';
    return {
      subject: ctx.t(named ? 'rewardPendingSubject' : 'rewardPendingSubjectNoName', values),
      preheader: ctx.t('rewardPendingPreheader', values),
      body: section([
        heading(ctx.t('rewardPendingTitle')),
        paragraph(body),
        ...(wait ? [note(wait)] : []),
        ...(data.referralUrl ? [button(ctx.t('shareAgain'), data.referralUrl)] : []),
      ]),
      text: blocksText([
        ctx.t('rewardPendingTitle'),
        body,
        wait,
        data.referralUrl
          ? ctx.t('labelValue', { label: ctx.t('shareAgain'), value: data.referralUrl })
          : '',
      ]),
    };
  },
});
