import type { OrderFact } from '../facts.js';

/** The platforms whose order webhooks Grapevine verifies itself. */
export type PlatformName = 'shopify' | 'stripe' | 'woocommerce';

/** One request as it arrived: headers and the raw body, read once, before any parsing. */
export interface InboundWebhook {
  headers: Headers;
  body: Uint8Array;
  /** The server's clock (epoch ms), for signature timestamps. */
  now: number;
}

/** What a verified delivery asks of the server. */
export type WebhookOutcome =
  | {
      kind: 'facts';
      /** Unique per delivery of one platform; a second copy with this id is a duplicate. */
      deliveryId: string;
      /** The platform's topic or event type, for the log and the delivery record. */
      topic: string;
      /** In order: the order, then refunds, then a cancellation. Never empty. */
      facts: OrderFact[];
    }
  | {
      kind: 'ignored';
      /** Why nothing is applied (an unknown topic, an unpaid order, a ping). */
      reason: string;
    };

/**
 * A platform that sends order webhooks (STYLE.md §29): checks the platform's own signature
 * over the raw body, then maps the payload into normalized facts. Pure: no I/O.
 * @throws HttpError 401 when the signature is missing, forged or expired; 400 naming the
 * field when a signed payload is malformed.
 */
export interface OrderSource<Config> {
  readonly name: PlatformName;
  receive(request: InboundWebhook, config: Config): WebhookOutcome;
}

/** Drops nothing but empty fact lists: `facts` if any, otherwise `ignored` with `reason`. */
export function outcome(
  deliveryId: string,
  topic: string,
  facts: OrderFact[],
  reason: string,
): WebhookOutcome {
  return facts.length > 0
    ? { kind: 'facts', deliveryId, topic, facts }
    : { kind: 'ignored', reason };
}
