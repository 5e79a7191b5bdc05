/**
 * What a site configures for email (`email`, `brand`, `alerts` in the site config) and the
 * server-wide mail settings. Kept apart from `site.ts` so the mail layer owns its shapes.
 */

/** What an email is for; one row per (site, flow, dedupe key) at most. */
export type EmailFlow =
  | 'nps'
  | 'referral'
  | 'friend-coupon'
  | 'reward-pending'
  | 'reward-approved'
  | 'detractor-alert';

/** Every flow, in a stable order (config validation, dashboard). */
export const EMAIL_FLOWS: readonly EmailFlow[] = [
  'nps',
  'referral',
  'friend-coupon',
  'reward-pending',
  'reward-approved',
  'detractor-alert',
];

/**
 * Why a message may be sent. `transactional`: the customer's own coupon or reward, an alert
 * to the shop. `marketing`: an ask or a promotion; a marketing unsubscribe stops it.
 */
export type EmailBasis = 'transactional' | 'marketing';

/** A flow's setting: the basis the site has for sending it, or `off`. */
export type FlowSetting = EmailBasis | 'off';

/**
 * Flows a site does not list: notices about the customer's own coupon and rewards are
 * transactional; asks (NPS, referral) need the site to say it has a marketing basis.
 */
export const DEFAULT_FLOW_SETTINGS: Readonly<Record<EmailFlow, FlowSetting>> = {
  nps: 'off',
  referral: 'off',
  'friend-coupon': 'transactional',
  'reward-pending': 'transactional',
  'reward-approved': 'transactional',
  'detractor-alert': 'transactional',
};

/** A site's email settings (`email` in the site config). */
export interface SiteEmail {
  /** Nothing is queued for the site unless this is true. @default false */
  enabled: boolean;
  /** The sender, e.g. `"Shop <hello@shop.example>"`. @default the server's `GRAPEVINE_MAIL_FROM` */
  from?: string;
  /** Where customers' replies go (`Reply-To`). @default none */
  replyTo?: string;
  /** The shop's support address: detractor alerts go here. @default none (no alert email) */
  supportAddress?: string;
  /** The language of notices when the customer's is unknown (a shipped locale or BCP 47 tag). @default 'en' */
  locale: string;
  /** The basis per flow; unlisted flows use {@link DEFAULT_FLOW_SETTINGS}. */
  flows: Readonly<Record<EmailFlow, FlowSetting>>;
}

/** The brand in emails and hosted pages (`brand` in the site config). */
export interface Brand {
  /** @example 'Nordic Socks' */
  name: string;
  /** A `#rrggbb` colour for the header and buttons; text on it is chosen for contrast. */
  color: string;
  /** An https URL of the logo (shown 40 px high). @default none: the name is shown */
  logoUrl?: string;
}

/** A site's alert channels (`alerts` in the site config). */
export interface SiteAlerts {
  /** A Slack (or compatible) incoming webhook URL for detractor alerts. */
  slackWebhookUrl?: string;
}

/** The brand of a site that configures none. */
export function defaultBrand(siteKey: string): Brand {
  return { name: siteKey, color: '#4f46e5' };
}
