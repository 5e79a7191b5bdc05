import { GrapevineServerError } from '../errors.js';

/** One rendered message, ready for the transport. */
export interface OutgoingMail {
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per queued email, so a repeat after a crash is recognisable as the same message. */
  messageId: string;
  headers: Readonly<Record<string, string>>;
}

/** What the transport reports for an accepted message. */
export interface SentMail {
  messageId: string;
  /** The server's last reply, e.g. `250 2.0.0 OK queued`. */
  response: string;
}

/**
 * The mail transport port: SMTP in production (`smtpMailer`), a fake SMTP listener in tests.
 * Resolves when the receiving server accepted the message; rejects with {@link MailRejected}
 * when it refused it, or any other error for a failure worth retrying.
 */
export interface Mailer {
  send(mail: OutgoingMail): Promise<SentMail>;
  close?(): Promise<void>;
}

/**
 * The receiving server refused the message: a 5xx (permanent: the address bounces and is
 * suppressed) or a 4xx (temporary: retried with backoff).
 */
export class MailRejected extends GrapevineServerError {
  override readonly name = 'MailRejected' as const;
  constructor(
    /** The SMTP reply code, e.g. 550. */
    readonly code: number,
    /** The command that was refused, e.g. `RCPT TO` or `DATA`. */
    readonly command: string,
    /** The server's reply text. */
    readonly response: string,
  ) {
    super(`${command} refused: ${response}`);
  }

  /** Whether retrying cannot help (a 5xx reply). */
  get permanent(): boolean {
    return this.code >= 500;
  }
}

/** Whether a value is a {@link MailRejected}. */
export function isMailRejected(value: unknown): value is MailRejected {
  return value instanceof MailRejected;
}
