import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { DkimOptions } from './smtp-mailer.js';
/** The server's mail settings from the environment (see the README's "Email"). */
export interface MailConfig {
  smtpUrl: string;
  from: string;
  publicUrl: string;
  dkim?: DkimOptions;
}

/** The environment variables of outgoing mail (see the README's "Email"). */
export const mailEnvFields = {
  GRAPEVINE_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'expected an smtp:// or smtps:// URL')
    .optional(),
  GRAPEVINE_MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'expected "Name <address>"')
    .optional(),
  // The server's public origin: the widget snippet's URLs and the links in emails.
  GRAPEVINE_PUBLIC_URL: z
    .url({
      protocol: /^https?$/,
      error: 'expected an http(s) URL like "https://grapevine.shop.example"',
    })
    .optional(),
  GRAPEVINE_DKIM_DOMAIN: z.string().min(1).optional(),
  GRAPEVINE_DKIM_SELECTOR: z.string().min(1).optional(),
  GRAPEVINE_DKIM_PRIVATE_KEY_FILE: z.string().min(1).optional(),
};

type MailEnv = z.infer<z.ZodObject<typeof mailEnvFields>>;

/**
 * The mail settings from the parsed environment: absent without `GRAPEVINE_SMTP_URL`; with
 * it, the sender and public URL are required and DKIM's three variables go together.
 * Problems are pushed to `problems` (the caller reports them all at once).
 */
export function readMailEnv(e: MailEnv, problems: string[]): MailConfig | undefined {
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
