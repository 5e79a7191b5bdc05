import nodemailer from 'nodemailer';
import { type Mailer, MailRejected, type OutgoingMail, type SentMail } from './mailer.js';

/** DKIM signing by nodemailer, when the operator configures a key. */
export interface DkimOptions {
  domainName: string;
  keySelector: string;
  /** PEM. */
  privateKey: string;
}

/** Options of {@link smtpMailer}. */
export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. */
  url: string;
  dkim?: DkimOptions;
  /** Give up on a connection, greeting or reply after this long. @default 30_000 */
  timeoutMs?: number;
}

interface SmtpError {
  responseCode?: number;
  command?: string;
  response?: string;
}

/**
 * The SMTP transport (nodemailer, pooled connections). A reply code from the server becomes
 * {@link MailRejected} (5xx permanent, 4xx temporary); a network failure stays as it is and
 * is retried by the job queue.
 * @example smtpMailer({ url: 'smtp://user:pass@smtp.example:587' })
 */
export function smtpMailer(options: SmtpMailerOptions): Mailer {
  const timeout = options.timeoutMs ?? 30_000;
  const transport = nodemailer.createTransport({
    url: options.url,
    pool: true,
    maxConnections: 2,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    ...(options.dkim ? { dkim: options.dkim } : {}),
  });
  return {
    async send(mail: OutgoingMail): Promise<SentMail> {
      try {
        const info = await transport.sendMail({
          from: mail.from,
          to: mail.to,
          ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          messageId: mail.messageId,
          headers: { ...mail.headers },
          disableFileAccess: true,
          disableUrlAccess: true,
        });
        return { messageId: info.messageId ?? mail.messageId, response: String(info.response) };
      } catch (error) {
        const smtp = error as SmtpError;
        if (typeof smtp.responseCode === 'number' && smtp.responseCode >= 400) {
          throw new MailRejected(
            smtp.responseCode,
            smtp.command ?? 'SMTP',
            smtp.response ?? String(smtp.responseCode),
          );
        }
        throw error;
      }
    },
    async close() {
      transport.close();
    },
  };
}
