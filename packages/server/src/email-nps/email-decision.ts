import {
  type Campaign,
  type CampaignKind,
  type Config,
  type Explanation,
  explain,
  type Ledger,
  type Snapshot,
} from '@grapevine/core';
import type { NpsEmailConfig } from './config.js';
import { nameCause } from './decision-cause.js';

/** What the email decision needs to know about the order and its customer. */
export interface EmailAskInput {
  /** The site's campaigns and policy, parsed by `@grapevine/core/schema`. */
  config: Config;
  email: Pick<NpsEmailConfig, 'campaignId' | 'afterMs' | 'withinMs'>;
  /** The kind the campaign must be. @default 'nps' */
  kind?: CampaignKind;
  orderId: string;
  /** When the order was delivered (if the source says), else when it was placed. */
  askFrom: number;
  /** The customer key; sampling and variants hash it, as they hash a visitor id. */
  customer: string;
  customerId: string | null;
  locale: string;
  ledger: Ledger;
  now: number;
}

/** The email's page context: no page, no session, so no per-page or per-session cap applies. */
const EMAIL_PAGE = 'email';

/**
 * The campaign as the email channel runs it: the same id, `requires`, `frequency`,
 * `schedule`, `sampling`, variants and copy, with one trigger, the order (`after`/`within`
 * the site's `npsEmail` timing, persistent), and without what only exists in a browser
 * (`context` conditions over URL and device, `audience` over page traits, `delay`).
 */
export function emailCampaign(campaign: Campaign, email: EmailAskInput['email']): Campaign {
  const { context: _context, audience: _audience, delay: _delay, ...rules } = campaign;
  return {
    ...rules,
    triggers: [
      {
        type: 'purchase',
        scope: { persistFor: email.withinMs },
        after: email.afterMs,
        within: email.withinMs,
      },
    ],
  };
}

/**
 * Runs the core rules for an emailed ask (survey or referral) over the customer's ledger (every channel): the
 * same gates and reason codes as a pop-up, so `explain()` and the dashboard say why an email
 * was or was not sent (and, through `nameCause`, what the customer did where: a pop-up or email). `null` when the site has no campaign of that kind with the configured id.
 */
export function decideEmailAsk(input: EmailAskInput): Explanation | null {
  const campaign = input.config.campaigns.find(
    (candidate) =>
      candidate.id === input.email.campaignId && candidate.kind === (input.kind ?? 'nps'),
  );
  if (!campaign) return null;
  const config: Config = { ...input.config, campaigns: [emailCampaign(campaign, input.email)] };
  const session = `${EMAIL_PAGE}:${input.orderId}`;
  const snapshot: Snapshot = {
    now: input.now,
    visitor: {
      id: input.customer,
      ...(input.customerId === null ? {} : { identifiedId: input.customerId }),
    },
    context: {
      url: 'email:',
      device: 'desktop',
      locale: input.locale,
      tabId: EMAIL_PAGE,
      pageId: session,
      sessionId: session,
      sessionStartedAt: input.askFrom,
      pageStartedAt: input.askFrom,
    },
    signals: [
      {
        id: `order:${input.orderId}`,
        type: 'purchase',
        key: input.orderId,
        at: input.askFrom,
        pageId: session,
        sessionId: session,
      },
    ],
    ledger: input.ledger,
    // Consent to email is the mail layer's (basis, suppression); a pop-up consent does not apply.
    consent: 'granted',
  };
  const explanation = explain(config, snapshot, campaign.id);
  return explanation ? nameCause(explanation, input.ledger) : null;
}
