import type { ServerContext } from '../context.js';
import type { JobHandlers } from '../jobs/runner.js';
import type { EmailRequest } from '../mail/enqueue.js';
import { resolveMailLocale } from '../mail/i18n/locales.js';
import type { Site } from '../site.js';
import { surveyLocale } from './config.js';
import { type AskFlow, askJobHandlers, type DueAsk, type EmailQueue } from './email-ask-runner.js';
import { NPS_EMAIL_JOB } from './schedule.js';
import { signScoreToken } from './score-token.js';

export type { EmailQueue, EnqueueOutcome } from './email-ask-runner.js';

/** The survey email as the mail layer's queue takes it (`enqueueEmail`). */
export type QueuedEmail = EmailRequest<'nps-survey'>;

/**
 * The eleven score links of a survey email, 0 to 10. `lang`: the hosted page's language when
 * it is not the site's survey language (the customer's).
 */
export function scoreLinks(
  baseUrl: string,
  secret: string,
  claim: { siteKey: string; orderId: string; campaignId: string; customer: string },
  expiresAt: number,
  lang?: string,
): { score: number; url: string }[] {
  const origin = baseUrl.replace(/\/+$/, '');
  const query = lang ? `?lang=${encodeURIComponent(lang)}` : '';
  return Array.from({ length: 11 }, (_, score) => ({
    score,
    url: `${origin}/email/nps/${signScoreToken(secret, { ...claim, score, expiresAt })}${query}`,
  }));
}

/** NPS by email: the survey with eleven signed score links (`email.nps` jobs). */
export function npsEmailFlow(baseUrl: string): AskFlow {
  return {
    flow: 'nps',
    job: NPS_EMAIL_JOB,
    kind: 'nps',
    timing: (site) => site.npsEmail,
    compose: async (site, ask, variantId, now) => ({
      variantId,
      email: surveyEmail(site, ask, variantId, now),
    }),
  };

  function surveyEmail(site: Site, ask: DueAsk, variantId: string, now: number): QueuedEmail {
    return {
      siteKey: site.siteKey,
      flow: 'nps',
      dedupeKey: ask.orderId,
      to: ask.toAddress,
      locale: ask.locale,
      template: 'nps-survey',
      basis: 'marketing',
      data: {
        campaignId: ask.campaignId,
        variantId,
        links: scoreLinks(
          baseUrl,
          site.secret,
          {
            siteKey: site.siteKey,
            orderId: ask.orderId,
            campaignId: ask.campaignId,
            customer: ask.customer,
          },
          now + (site.npsEmail?.linkValidMs ?? 0),
          ask.locale === resolveMailLocale(surveyLocale(site)) ? undefined : ask.locale,
        ),
      },
    };
  }
}

/**
 * `email.nps`: when an order's survey is due, the core rules decide over the customer's
 * ledger of every channel (see `email-ask-runner.ts`), and the survey is queued or the reason
 * filed.
 */
export function npsEmailJobHandlers(
  ctx: ServerContext,
  queue: EmailQueue,
  baseUrl: string,
): JobHandlers {
  return askJobHandlers(ctx, npsEmailFlow(baseUrl), queue);
}
