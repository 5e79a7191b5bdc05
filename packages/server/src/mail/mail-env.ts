import { readFileSync } from 'node:fs';
import type { DkimOptions } from './smtp-mailer.js';

/** The server's mail settings from the environment (see the README's "Email"). */
export interface MailConfig {
  smtpUrl: string;
  from: string;
  publicUrl: string;
  dkim?: DkimOptions;
}

/** The mail variables of the environment, already checked one by one. */
export interface MailEnv {
  GRAPEVINE_SMTP_URL?: string | undefined;
  GRAPEVINE_MAIL_FROM?: string | undefined;
  GRAPEVINE_PUBLIC_URL?: string | undefined;
  GRAPEVINE_DKIM_DOMAIN?: string | undefined;
  GRAPEVINE_DKIM_SELECTOR?: string | undefined;
  GRAPEVINE_DKIM_PRIVATE_KEY_FILE?: string | undefined;
}

/**
 * The server's mail settings, or `undefined` without `GRAPEVINE_SMTP_URL`; what is missing
 * or unreadable goes to `problems`. (Moved from config.ts, unchanged, to keep it under 400 lines.)
 */
export function readMail(e: MailEnv, problems: string[]): MailConfig | undefined {
  if (!e.GRAPEVINE_SMTP_URL) return undefined;
  if (!e.GRAPEVINE_MAIL_FROM)
    problems.push('GRAPEVINE_MAIL_FROM: required with GRAPEVINE_SMTP_URL');
  if (!e.GRAPEVINE_PUBLIC_URL) {
    problems.push('GRAPEVINE_PUBLIC_URL: required with GRAPEVINE_SMTP_URL (links in emails)');
  }
  const dkimFields = [
    e.GRAPEVINE_DKIM_DOMAIN,
    e.GRAPEVINE_DKIM_SELECTOR,
    e.GRAPEVINE_DKIM_PRIVATE_KEY_FILE,
  ];
  let dkim: DkimOptions | undefined;
  if (dkimFields.some(Boolean) && !dkimFields.every(Boolean)) {
    problems.push(
      'GRAPEVINE_DKIM_*: set GRAPEVINE_DKIM_DOMAIN, GRAPEVINE_DKIM_SELECTOR and GRAPEVINE_DKIM_PRIVATE_KEY_FILE together',
    );
  } else if (
    e.GRAPEVINE_DKIM_DOMAIN &&
    e.GRAPEVINE_DKIM_SELECTOR &&
    e.GRAPEVINE_DKIM_PRIVATE_KEY_FILE
  ) {
    try {
      dkim = {
        domainName: e.GRAPEVINE_DKIM_DOMAIN,
        keySelector: e.GRAPEVINE_DKIM_SELECTOR,
        privateKey: readFileSync(e.GRAPEVINE_DKIM_PRIVATE_KEY_FILE, 'utf8'),
      };
    } catch (error) {
      problems.push(`GRAPEVINE_DKIM_PRIVATE_KEY_FILE: cannot read: ${(error as Error).message}`);
    }
  }
  if (!e.GRAPEVINE_MAIL_FROM || !e.GRAPEVINE_PUBLIC_URL) return undefined;
  return {
    smtpUrl: e.GRAPEVINE_SMTP_URL,
    from: e.GRAPEVINE_MAIL_FROM,
    publicUrl: e.GRAPEVINE_PUBLIC_URL.replace(/\/+$/, ''),
    ...(dkim === undefined ? {} : { dkim }),
  };
}
