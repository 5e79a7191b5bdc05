import type { Mailer } from './mailer.js';

/** The server-wide mail settings (`mail` in `createApp`'s options). */
export interface MailOptions {
  /** The transport: `smtpMailer({ url })` in production. */
  mailer: Mailer;
  /** The default sender (`GRAPEVINE_MAIL_FROM`); a site's `email.from` overrides it. */
  from: string;
  /**
   * The server's public origin as customers reach it (`GRAPEVINE_PUBLIC_URL`), for the
   * unsubscribe link and hosted pages. @example 'https://grapevine.shop.example'
   */
  publicUrl: string;
}

/** The unsubscribe page of an email, on the server's public origin. */
export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/mail/unsubscribe?t=${encodeURIComponent(token)}`;
}
