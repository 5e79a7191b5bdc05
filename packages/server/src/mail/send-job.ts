import type { ServerContext } from '../context.js';
import { JobFailure } from '../jobs/errors.js';
import type { JobHandlers } from '../jobs/runner.js';
import type { Site } from '../site.js';
import { type MailLocale, resolveMailLocale } from './i18n/locales.js';
import type { FooterKind } from './layout.js';
import { isMailRejected, type OutgoingMail } from './mailer.js';
import { type MailOptions, unsubscribeUrl } from './options.js';
import { renderEmail } from './render.js';
import { EMAIL_SEND_JOB } from './send-job-id.js';
import type { EmailBasis } from './settings.js';
import { isSuppressed, suppress } from './suppressions.js';
import { unsubscribeToken } from './unsubscribe-token.js';

interface EmailRow {
  id: string;
  site_key: string;
  flow: string;
  to_address: string;
  to_key: string;
  locale: string;
  template: string;
  data: unknown;
  basis: EmailBasis;
  state: string;
}

/** The domain part of a sender like `Shop <hello@shop.example>`. */
function senderDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'grapevine.invalid';
}

function footerKind(row: EmailRow): FooterKind {
  return row.flow === 'detractor-alert' ? 'alert' : row.basis;
}

/** Builds the message for a queued email: rendered, with its consent headers. */
export async function composeEmail(
  site: Site,
  row: Pick<
    EmailRow,
    'id' | 'flow' | 'to_address' | 'to_key' | 'locale' | 'template' | 'data' | 'basis'
  >,
  options: Pick<MailOptions, 'from' | 'publicUrl'>,
): Promise<OutgoingMail> {
  const from = site.email?.from ?? options.from;
  const kind = footerKind(row as EmailRow);
  const link =
    kind === 'alert'
      ? undefined
      : unsubscribeUrl(
          options.publicUrl,
          unsubscribeToken(site.secret, {
            siteKey: site.siteKey,
            emailId: row.id,
            addressKey: row.to_key,
          }),
        );
  const rendered = await renderEmail(site, {
    template: row.template,
    data: row.data,
    locale: resolveMailLocale(row.locale) as MailLocale,
    footer: kind,
    ...(link ? { unsubscribeUrl: link } : {}),
  });
  const headers: Record<string, string> = { 'Auto-Submitted': 'auto-generated' };
  if (link) {
    headers['List-Unsubscribe'] = `<${link}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return {
    from,
    to: row.to_address,
    ...(site.email?.replyTo ? { replyTo: site.email.replyTo } : {}),
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    messageId: `<grapevine.${row.id}.${site.siteKey}@${senderDomain(from)}>`,
    headers,
  };
}

/**
 * The `email.send` job: sends one queued email once. Suppression is checked again at send
 * time (an unsubscribe between queueing and sending wins). A 5xx reply is a permanent bounce:
 * the email is marked bounced and the address suppressed for the site; a 4xx or a network
 * failure is retried with backoff by the queue. Sending twice is prevented by the job lease
 * and by the row's state; the Message-ID is stable per email in case a crash between the
 * server's acceptance and the update ever repeats one.
 */
export function mailJobHandlers(ctx: ServerContext, options: MailOptions | undefined): JobHandlers {
  if (!options) return {};
  return {
    [EMAIL_SEND_JOB]: async (job) => {
      const emailId = String(job.payload.emailId);
      const rows = await ctx.db.query<EmailRow>(
        `select id::text as id, site_key, flow, to_address, to_key, locale, template, data, basis, state
         from emails where id = $1`,
        [emailId],
      );
      const row = rows[0];
      if (row?.state !== 'queued') return { state: row?.state ?? 'missing' };
      const site = ctx.sites.get(row.site_key);
      if (!site)
        throw new JobFailure(`site "${row.site_key}" is not configured`, { permanent: true });
      const skip = !site.email?.enabled
        ? 'disabled'
        : (await isSuppressed(ctx.db, row.site_key, row.to_address, row.basis))
          ? 'suppressed'
          : null;
      if (skip) {
        await ctx.db.query(
          "update emails set state = 'suppressed', skip_reason = $2 where id = $1 and state = 'queued'",
          [row.id, skip],
        );
        return { state: 'suppressed', reason: skip };
      }
      const mail = await composeEmail(site, row, options);
      try {
        const sent = await options.mailer.send(mail);
        await ctx.db.query(
          `update emails set state = 'sent', sent_at = $2, subject = $3, message_id = $4, smtp_response = $5
           where id = $1`,
          [
            row.id,
            new Date(ctx.clock.now()),
            mail.subject,
            sent.messageId,
            sent.response.slice(0, 500),
          ],
        );
        return { state: 'sent', messageId: sent.messageId };
      } catch (error) {
        if (!isMailRejected(error)) throw error;
        if (!error.permanent) {
          throw new JobFailure(`temporarily refused: ${error.response}`, { cause: error });
        }
        const now = ctx.clock.now();
        await ctx.db.transaction(async (tx) => {
          await tx.query(
            "update emails set state = 'bounced', subject = $2, smtp_response = $3 where id = $1",
            [
              row.id,
              mail.subject,
              `${error.code} ${error.command}: ${error.response}`.slice(0, 500),
            ],
          );
          await suppress(
            tx,
            row.site_key,
            row.to_address,
            {
              scope: 'all',
              reason: 'bounce',
              detail: `${error.code} ${error.response}`.slice(0, 300),
            },
            now,
          );
        });
        ctx.logger.warn('email bounced; address suppressed', {
          siteKey: row.site_key,
          emailId: row.id,
          code: error.code,
        });
        return { state: 'bounced', code: error.code };
      }
    },
  };
}
