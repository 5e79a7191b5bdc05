import type { z } from 'zod';
import type { MailTemplate } from '../template.js';
import { detractorAlert } from './detractor-alert.js';
import { friendCoupon } from './friend-coupon.js';
import { npsSurvey } from './nps-survey.js';
import { referralInvite } from './referral-invite.js';
import { rewardApproved } from './reward-approved.js';
import { rewardPending } from './reward-pending.js';

/**
 * Every email template by id. Adding one: a file in this folder (schema + render), a line
 * here, and its strings in every catalog under `../i18n/`.
 */
export const mailTemplates = {
  'friend-coupon': friendCoupon,
  'reward-pending': rewardPending,
  'reward-approved': rewardApproved,
  'detractor-alert': detractorAlert,
  'nps-survey': npsSurvey,
  'referral-invite': referralInvite,
} as const;

/** A template id. */
export type TemplateId = keyof typeof mailTemplates;

/** The data a template takes (its schema's input). */
export type TemplateData<T extends TemplateId> = z.input<(typeof mailTemplates)[T]['schema']>;

/** The registry as a lookup by any string (for rows read back from the database). */
export type MailTemplates = Readonly<Record<string, MailTemplate | undefined>>;
