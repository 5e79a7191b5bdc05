import { z } from 'zod';
import {
  type Brand,
  DEFAULT_FLOW_SETTINGS,
  EMAIL_FLOWS,
  type EmailFlow,
  type FlowSetting,
  type SiteAlerts,
  type SiteEmail,
} from './settings.js';

// A bare address or `Name <address>`; the address part is what is checked.
const MAILBOX = /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/;
const mailbox = z.string().regex(MAILBOX, 'expected an address like "Shop <hello@shop.example>"');
const address = z
  .string()
  .regex(/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/, 'expected an address like help@shop.example');
const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https URL' });

const flowSetting = z.enum(['transactional', 'marketing', 'off']);

/** `email` in a site's config. */
export const siteEmailSchema = z
  .object({
    enabled: z.boolean().default(false),
    from: mailbox.optional(),
    replyTo: address.optional(),
    supportAddress: address.optional(),
    locale: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag like "da" or "zh-CN"')
      .default('en'),
    flows: z
      .partialRecord(z.enum(EMAIL_FLOWS as [EmailFlow, ...EmailFlow[]]), flowSetting)
      .default({}),
  })
  .strict();

/** `brand` in a site's config. */
export const brandSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like "#4f46e5"'),
    logoUrl: httpsUrl.optional(),
  })
  .strict();

/** `alerts` in a site's config. */
export const alertsSchema = z.object({ slackWebhookUrl: httpsUrl.optional() }).strict();

/** The parsed `email` with every flow's setting filled in. */
export function toSiteEmail(email: z.infer<typeof siteEmailSchema>): SiteEmail {
  const flows: Record<EmailFlow, FlowSetting> = { ...DEFAULT_FLOW_SETTINGS };
  for (const flow of EMAIL_FLOWS) {
    const setting = email.flows[flow];
    if (setting) flows[flow] = setting;
  }
  return {
    enabled: email.enabled,
    locale: email.locale,
    flows,
    ...(email.from === undefined ? {} : { from: email.from }),
    ...(email.replyTo === undefined ? {} : { replyTo: email.replyTo }),
    ...(email.supportAddress === undefined ? {} : { supportAddress: email.supportAddress }),
  };
}

/** The parsed `brand`, without absent optional fields. */
export function toBrand(brand: z.infer<typeof brandSchema>): Brand {
  return {
    name: brand.name,
    color: brand.color.toLowerCase(),
    ...(brand.logoUrl === undefined ? {} : { logoUrl: brand.logoUrl }),
  };
}

/** The parsed `alerts`, without absent optional fields. */
export function toAlerts(alerts: z.infer<typeof alertsSchema>): SiteAlerts {
  return alerts.slackWebhookUrl === undefined ? {} : { slackWebhookUrl: alerts.slackWebhookUrl };
}
