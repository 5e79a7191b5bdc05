import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the catcher accepted, parsed. */
export interface CaughtMail {
  /** Position in arrival order, from 1. */
  id: number;
  receivedAt: Date;
  envelope: { from: string; to: string[] };
  subject: string;
  from: string;
  to: string;
  messageId: string;
  /** Every header, lower-case names, as received. */
  headers: ReadonlyMap<string, string>;
  html: string;
  text: string;
  raw: string;
}

/** An SMTP reply the catcher gives instead of accepting (per recipient or for the next DATA). */
export interface SmtpRefusal {
  code: number;
  message: string;
}

/** A running catcher. */
export interface MailCatcher {
  /** `smtp://127.0.0.1:<port>`, for `smtpMailer({ url })`. */
  url: string;
  port: number;
  messages: CaughtMail[];
  /** Refuses RCPT TO for an address (lower case) with this reply, until cleared. */
  refuseRecipient(address: string, refusal: SmtpRefusal): void;
  /** Refuses the next DATA commands with these replies, one each. */
  refuseNextData(...refusals: SmtpRefusal[]): void;
  /** Resolves when at least `count` messages have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<CaughtMail[]>;
  close(): Promise<void>;
}

function refusal(reply: SmtpRefusal): Error {
  return Object.assign(new Error(reply.message), { responseCode: reply.code });
}

/**
 * A real SMTP listener on 127.0.0.1 (`smtp-server`) that keeps what it receives, parsed
 * with `mailparser`: the demo's mail catcher and the tests' fake mail server. Plain SMTP
 * without TLS or authentication, so it must only ever listen on loopback.
 * @example const catcher = await startMailCatcher(); smtpMailer({ url: catcher.url })
 */
export async function startMailCatcher(options: { port?: number } = {}): Promise<MailCatcher> {
  const messages: CaughtMail[] = [];
  const refusedRecipients = new Map<string, SmtpRefusal>();
  const refusedData: SmtpRefusal[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Clients that keep a pooled connection open must not hold up close().
    closeTimeout: 200,
    size: 5 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const reply = refusedRecipients.get(address.address.toLowerCase());
      callback(reply ? refusal(reply) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const reply = refusedData.shift();
        if (reply) {
          callback(refusal(reply));
          return;
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            const headers = new Map<string, string>();
            for (const line of parsed.headerLines) {
              headers.set(line.key, line.line.slice(line.line.indexOf(':') + 1).trim());
            }
            messages.push({
              id: messages.length + 1,
              receivedAt: new Date(),
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              },
              subject: parsed.subject ?? '',
              from: parsed.from?.text ?? '',
              to: Array.isArray(parsed.to)
                ? parsed.to.map((a) => a.text).join(', ')
                : (parsed.to?.text ?? ''),
              messageId: parsed.messageId ?? '',
              headers,
              html: typeof parsed.html === 'string' ? parsed.html : '',
              text: parsed.text ?? '',
              raw: raw.toString('utf8'),
            });
            for (const wake of waiters) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => {}); // a client dropping mid-session must not crash the process
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    refuseRecipient(address, reply) {
      refusedRecipients.set(address.toLowerCase(), reply);
    },
    refuseNextData(...replies) {
      refusedData.push(...replies);
    },
    waitFor(count, timeoutMs = 10_000) {
      if (messages.length >= count) return Promise.resolve(messages);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} messages, got ${messages.length}`));
        }, timeoutMs);
        const check = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(messages);
        };
        waiters.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
