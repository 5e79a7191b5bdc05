import { randomBytes } from 'node:crypto';
import { FAULT_SITE_KEY } from './server-process.js';

/** What one request of the load got. */
export interface LoadOutcome {
  /** The HTTP status, or 0 when no response arrived (reset, refused, timeout). */
  status: number;
  /** The network error's code (`ECONNRESET`, `ECONNREFUSED`, `UND_ERR_SOCKET`, `TimeoutError`…). */
  error?: string;
  retryAfter?: string | null;
  /** Milliseconds from send to answer. */
  ms: number;
  /** The event ids it carried. */
  ids: string[];
  /** When the request was sent and answered (`performance.now()`). */
  sentAt: number;
  answeredAt: number;
}

/** Everything a load run saw. */
export interface LoadReport {
  outcomes: LoadOutcome[];
  /** Ids the server acknowledged (accepted or duplicate in a 200): these must be stored. */
  acknowledged: Set<string>;
  /** Outcomes by status (`0` for no response). */
  byStatus: Record<number, number>;
}

/** A running load. */
export interface Load {
  /** Resolves once `count` more requests (from now) have been answered. */
  answered(count: number): Promise<void>;
  /** Resolves with the first answer matching `match` from now on. */
  until(match: (outcome: LoadOutcome) => boolean): Promise<LoadOutcome>;
  /** Stops sending new requests, waits for those in flight, and reports. */
  stop(): Promise<LoadReport>;
}

/** Options for {@link startEventLoad}. */
export interface LoadOptions {
  /** Concurrent request loops. @default 16 */
  connections?: number;
  /** Events per request. @default 1 */
  batch?: number;
  /** A request with no answer after this is counted as `TimeoutError`. @default 15_000 */
  timeoutMs?: number;
  /** Pause after a request without a 200, so an outage is not a busy loop. @default 20 */
  backoffMs?: number;
}

/** An impression event of the fault site's referral campaign; the visitor is `v-<id>`. */
export function impressionEvent(id: string, visitorId = `v-${id}`) {
  const campaign = { campaignId: 'refer-a-friend', variantId: 'give-get' };
  return { id, type: 'impression', at: Date.now(), visitorId, ...campaign };
}

/** POSTs events to `/v1/events` with the fault site's key; aborts after `timeoutMs`. */
export function postEvents(url: string, events: readonly object[], timeoutMs = 15_000) {
  return fetch(`${url}/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-grapevine-site-key': FAULT_SITE_KEY },
    body: JSON.stringify({ events }),
    signal: AbortSignal.timeout(timeoutMs),
  });
}

/**
 * Posts impression events to `/v1/events` from `connections` loops, each event with a fresh
 * id, until stopped. Network errors are recorded, never thrown.
 * @example const load = startEventLoad(server.url); await load.answered(100); const report = await load.stop();
 */
export function startEventLoad(url: string, options: LoadOptions = {}): Load {
  const connections = options.connections ?? 16;
  const batch = options.batch ?? 1;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const backoffMs = options.backoffMs ?? 20;
  const run = randomBytes(3).toString('hex');
  const outcomes: LoadOutcome[] = [];
  const acknowledged = new Set<string>();
  const listeners = new Set<(outcome: LoadOutcome) => void>();
  let stopped = false;
  let next = 0;

  const send = async (): Promise<LoadOutcome> => {
    const ids = Array.from({ length: batch }, () => `fault-${run}-${next++}`);
    const sentAt = performance.now();
    const base = { ids, sentAt };
    try {
      const response = await postEvents(
        url,
        ids.map((id) => impressionEvent(id)),
        timeoutMs,
      );
      const text = await response.text();
      if (response.status === 200) {
        const answer = JSON.parse(text) as { accepted: string[]; duplicates: string[] };
        for (const id of [...answer.accepted, ...answer.duplicates]) acknowledged.add(id);
      }
      const answeredAt = performance.now();
      return {
        ...base,
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        ms: answeredAt - sentAt,
        answeredAt,
      };
    } catch (error) {
      const answeredAt = performance.now();
      return { ...base, status: 0, error: errorCode(error), ms: answeredAt - sentAt, answeredAt };
    }
  };

  const loop = async () => {
    while (!stopped) {
      const outcome = await send();
      outcomes.push(outcome);
      for (const listener of listeners) listener(outcome);
      if (outcome.status !== 200 && !stopped) await sleep(backoffMs);
    }
  };
  const loops = Array.from({ length: connections }, loop);

  const subscribe = <T>(make: (resolve: (value: T) => void) => (o: LoadOutcome) => void) =>
    new Promise<T>((resolve) => {
      const listener = make((value) => {
        listeners.delete(listener);
        resolve(value);
      });
      listeners.add(listener);
    });

  return {
    answered: (count) => {
      let seen = 0;
      return subscribe<void>((resolve) => () => {
        seen += 1;
        if (seen >= count) resolve();
      });
    },
    until: (match) =>
      subscribe<LoadOutcome>((resolve) => (outcome) => {
        if (match(outcome)) resolve(outcome);
      }),
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
      const byStatus: Record<number, number> = {};
      for (const outcome of outcomes)
        byStatus[outcome.status] = (byStatus[outcome.status] ?? 0) + 1;
      return { outcomes, acknowledged, byStatus };
    },
  };
}

function errorCode(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return error.name;
  const cause = error.cause as { code?: string } | undefined;
  return cause?.code ?? error.message;
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
