import { createTransport } from 'nodemailer';
import { type CheckResult, messageOf, redactUrl } from './result.js';

/** Connects, greets (EHLO), upgrades to TLS when offered and logs in; resolves when all worked. */
export type SmtpVerifier = (url: string) => Promise<unknown>;

/** nodemailer's `verify()`, with timeouts a person waits for. */
export const verifySmtp: SmtpVerifier = async (url) => {
  const transport = createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 10_000,
  });
  try {
    return await transport.verify();
  } finally {
    transport.close();
  }
};

/** The SMTP server in `GRAPEVINE_SMTP_URL`, when one is configured. */
export async function checkSmtp(
  url: string | undefined,
  verify: SmtpVerifier = verifySmtp,
): Promise<CheckResult> {
  if (!url) {
    return { name: 'smtp', outcome: 'skip', detail: 'GRAPEVINE_SMTP_URL is not set: no emails' };
  }
  if (!/^smtps?:\/\//.test(url)) {
    return {
      name: 'smtp',
      outcome: 'fail',
      detail: 'GRAPEVINE_SMTP_URL: expected smtp://user:password@host:587 or smtps://…:465',
    };
  }
  try {
    await verify(url);
    return { name: 'smtp', outcome: 'pass', detail: `${redactUrl(url)} accepted the login` };
  } catch (error) {
    return { name: 'smtp', outcome: 'fail', detail: `${redactUrl(url)}: ${messageOf(error)}` };
  }
}
