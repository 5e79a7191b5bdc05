import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { parseRetryAfter } from '../jobs/backoff.js';
import { JobFailure } from '../jobs/errors.js';
import { enqueueJob } from '../jobs/queue.js';
import type { JobHandlers } from '../jobs/runner.js';
import type { Site } from '../site.js';

/** The job kind that posts one alert to the site's Slack-compatible webhook. */
export const SLACK_ALERT_JOB = 'alert.slack';

/** A Slack incoming-webhook body: a fallback `text` and Block Kit `blocks`. */
export interface SlackMessage {
  text: string;
  blocks: Array<Record<string, unknown>>;
}

/**
 * Escapes text for Slack mrkdwn: `&`, `<` and `>` become entities, so customer text can
 * never form a link, a mention (`<!channel>`) or a user ping.
 * @example slackEscape('<!channel> & <https://x|y>') // '&lt;!channel&gt; &amp; &lt;https://x|y&gt;'
 */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What a detractor alert says. */
export interface DetractorFacts {
  brand: string;
  score: number;
  comment: string | null;
  customer: string | null;
  orderId: string | null;
}

/** The Slack body of a detractor alert (English: Slack channels are the shop team's). */
export function detractorSlackMessage(facts: DetractorFacts): SlackMessage {
  const who = facts.customer ? slackEscape(facts.customer) : 'A customer';
  const headline = `${who} scored ${slackEscape(facts.brand)} ${facts.score}/10`;
  const quote = facts.comment
    ? slackEscape(facts.comment)
        .split('\n')
        .map((line) => `>${line}`)
        .join('\n')
    : '_No comment._';
  const context = facts.orderId ? [`Order ${slackEscape(facts.orderId)}`] : [];
  return {
    text: `Detractor alert: ${headline}`,
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `:warning: *Detractor alert:* ${headline}` },
      },
      { type: 'section', text: { type: 'mrkdwn', text: quote } },
      ...(context.length > 0
        ? [{ type: 'context', elements: context.map((text) => ({ type: 'mrkdwn', text })) }]
        : []),
    ],
  };
}

/**
 * Queues a Slack post for a site with `alerts.slackWebhookUrl`, once per `key` (the job id).
 * Does nothing for a site without one.
 */
export async function enqueueSlackAlert(
  tx: Queryable,
  site: Site,
  key: string,
  message: SlackMessage,
  now: number,
): Promise<boolean> {
  if (!site.alerts?.slackWebhookUrl) return false;
  return enqueueJob(
    tx,
    {
      id: `${SLACK_ALERT_JOB}:${key}`,
      kind: SLACK_ALERT_JOB,
      siteKey: site.siteKey,
      payload: { ...message },
    },
    now,
  );
}

/**
 * The `alert.slack` job: POSTs the body to the site's webhook URL (read at send time, so a
 * rotated URL is used). 2xx is done; 429 and 5xx are retried (honouring `Retry-After`);
 * another 4xx is permanent (a revoked webhook answers 403/404).
 */
export function slackJobHandlers(ctx: ServerContext, fetchImpl: typeof fetch): JobHandlers {
  return {
    [SLACK_ALERT_JOB]: async (job) => {
      const url = ctx.sites.get(job.siteKey)?.alerts?.slackWebhookUrl;
      if (!url)
        throw new JobFailure('the site has no alerts.slackWebhookUrl any more', {
          permanent: true,
        });
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(job.payload),
        redirect: 'error',
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) return { status: response.status };
      const detail = (await response.text().catch(() => '')).slice(0, 200);
      const retryable = response.status === 429 || response.status >= 500;
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), ctx.clock.now());
      throw new JobFailure(`Slack webhook answered ${response.status}: ${detail}`, {
        permanent: !retryable,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      });
    },
  };
}
