import type { z } from 'zod';
import type { SafeHtml } from '../admin/render/html.js';
import type { MailLocale } from './i18n/locales.js';
import type { Translate } from './i18n/translate.js';
import type { Brand } from './settings.js';

/** What every template gets besides its data. */
export interface TemplateContext {
  locale: MailLocale;
  /** `rtl` for Arabic and Hebrew. */
  dir: 'ltr' | 'rtl';
  t: Translate;
  brand: Brand;
  /** Formats minor units of a currency for the locale. */
  money(minor: number, currency: string): string;
  /** Formats a date (day precision) for the locale. */
  date(iso: string): string;
}

/** A template's output; the layout adds header, footer and the unsubscribe link. */
export interface TemplateOutput {
  subject: string;
  /** The inbox preview line (hidden in the body). */
  preheader: string;
  /** MJML sections (`<mj-section>…`), built with the escaping `html` tag. */
  body: SafeHtml;
  /** The plain-text body, without the footer. */
  text: string;
}

/**
 * One email template: a zod schema of its data (checked when the email is queued, so a bad
 * payload fails the caller, not the job hours later) and a pure render.
 */
export interface MailTemplate<Schema extends z.ZodType = z.ZodType> {
  schema: Schema;
  render(data: z.output<Schema>, context: TemplateContext): TemplateOutput;
}

/** Declares a template with its data type inferred from the schema. */
export function defineTemplate<Schema extends z.ZodType>(
  template: MailTemplate<Schema>,
): MailTemplate<Schema> {
  return template;
}
