import { DURATION_MESSAGE, parseDuration } from '@grapevine/core/schema';
import { z } from 'zod';
import { DAY } from '../clock.js';

/**
 * NPS by email for one site: which NPS campaign the email asks for (its `requires`,
 * `frequency`, `schedule` and `sampling`, and the global policy, decide whether it is sent),
 * and when: `after` the delivery (or the order, `from: 'order'`), no later than `within`.
 */
export interface NpsEmailConfig {
  /** The id of an `nps` campaign in the site's campaigns. */
  campaignId: string;
  /**
   * What `after` and `within` count from: the order's delivery as its source reports it, or
   * the order itself. @default 'delivery'
   */
  from: 'delivery' | 'order';
  /**
   * With `from: 'delivery'`: an order whose delivery is not reported within this long is
   * assumed delivered then, so surveys are never stuck on sources that never report one
   * (Stripe, a shop that does not call the orders API's `delivered`). A report that arrives
   * later changes nothing. @default 7 days
   */
  assumeDeliveredAfterMs: number;
  /** @default 14 days */
  afterMs: number;
  /** @default 180 days */
  withinMs: number;
  /** Score links stop working this long after the email is sent. @default 30 days */
  linkValidMs: number;
  /** The survey's language (email and hosted page). @default the site's `email.locale`, else 'en' */
  locale?: string;
}

const duration = (fallback: string) =>
  z
    .union([z.string(), z.number()])
    .default(fallback)
    .transform((value, context) => {
      const ms = parseDuration(value);
      if (ms === undefined) {
        context.issues.push({ code: 'custom', input: value, message: DURATION_MESSAGE });
        return z.NEVER;
      }
      return ms;
    });

/** The site option `npsEmail` as written in `GRAPEVINE_SITES`. */
export const npsEmailSchema = z
  .object({
    campaignId: z.string().min(1).max(128),
    from: z.enum(['delivery', 'order']).default('delivery'),
    assumeDeliveredAfter: duration('7d'),
    after: duration('14d'),
    within: duration('180d'),
    linkValid: duration('30d'),
    locale: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 tag like "da"')
      .optional(),
  })
  .strict()
  .refine((value) => value.within > value.after, {
    path: ['within'],
    message: 'must be longer than "after"',
  })
  .transform(
    (value): NpsEmailConfig => ({
      campaignId: value.campaignId,
      from: value.from,
      assumeDeliveredAfterMs: value.assumeDeliveredAfter,
      afterMs: value.after,
      withinMs: value.within,
      linkValidMs: value.linkValid,
      ...(value.locale === undefined ? {} : { locale: value.locale }),
    }),
  );

/** The defaults of a site that sets only the campaign. */
export const NPS_EMAIL_DEFAULTS = {
  from: 'delivery',
  assumeDeliveredAfterMs: 7 * DAY,
  afterMs: 14 * DAY,
  withinMs: 180 * DAY,
  linkValidMs: 30 * DAY,
} as const;

/** The language of a site's survey: `npsEmail.locale`, else the site's email locale, else English. */
export function surveyLocale(site: {
  npsEmail?: Pick<NpsEmailConfig, 'locale'>;
  email?: { locale: string };
}): string {
  return site.npsEmail?.locale ?? site.email?.locale ?? 'en';
}

/**
 * Referral emails for one site: the `referral` campaign whose rules decide them. A campaign
 * that `requires` a promoter answer emails promoters only; one without emails every customer
 * after an order. Filed after each verified order, and again when the customer answers 9–10 by
 * email.
 */
export interface ReferralEmailConfig {
  /** The id of a `referral` campaign in the site's campaigns. */
  campaignId: string;
  /** @default 1 day */
  afterMs: number;
  /** @default 30 days */
  withinMs: number;
}

/** The site option `referralEmail` as written in `GRAPEVINE_SITES`. */
export const referralEmailSchema = z
  .object({
    campaignId: z.string().min(1).max(128),
    after: duration('1d'),
    within: duration('30d'),
  })
  .strict()
  .refine((value) => value.within > value.after, {
    path: ['within'],
    message: 'must be longer than "after"',
  })
  .transform(
    (value): ReferralEmailConfig => ({
      campaignId: value.campaignId,
      afterMs: value.after,
      withinMs: value.within,
    }),
  );
