import { z } from 'zod';
import { REFERRAL_EMAIL_MESSAGES } from '../../email-nps/referral-email-messages.js';
import { fill } from '../../email-nps/survey-email-messages.js';
import { button, heading, note, paragraph, plainLink, section } from '../blocks.js';
import { formatOffer } from '../format-offer.js';
import { linkSchema, offerSchema } from '../schemas.js';
import { defineTemplate } from '../template.js';
import { blocksText } from '../text.js';

/**
 * The referral ask by email (flow `referral`, marketing, one per order; see
 * `src/email-nps/referral-email.ts`): the double-sided offer and the customer's personal
 * link, worded for a first-time or a returning customer, with subject line `a` or `b` (the
 * A/B test, assigned per customer).
 */
export const referralInvite = defineTemplate({
  schema: z.object({
    referralUrl: linkSchema,
    friendOffer: offerSchema,
    advocateOffer: offerSchema,
    loyal: z.boolean(),
    subjectVariant: z.enum(['a', 'b']),
  }),
  render(data, ctx) {
    const m = REFERRAL_EMAIL_MESSAGES[ctx.locale];
    const values = {
      brand: ctx.brand.name,
      friend: formatOffer(data.friendOffer, ctx),
      advocate: formatOffer(data.advocateOffer, ctx),
    };
    const title = data.loyal ? m.titleLoyal : m.titleNew;
    const body = fill(data.loyal ? m.bodyLoyal : m.bodyNew, values);
    const offer = fill(m.offer, values);
    return {
      subject: fill(data.subjectVariant === 'a' ? m.subjectA : m.subjectB, values),
      preheader: fill(m.preheader, values),
      body: section([
        heading(title),
        paragraph(body),
        paragraph(offer),
        button(m.button, data.referralUrl),
        note(m.linkLabel),
        plainLink(data.referralUrl),
      ]),
      text: blocksText([title, body, offer, `${m.linkLabel}: ${data.referralUrl}`]),
    };
  },
});
