import type {
  Advocate,
  AdvocateStats,
  Backend,
  Claim,
  CustomerLedger,
  DropReport,
  FriendClaim,
  FriendOffer,
  GrapevineEvent,
  Referral,
  SendResult,
} from '@grapevine/core';
import { stringifyJson } from '@grapevine/core';
import ky, { type Options } from 'ky';
import { ADVOCATE_HEADER, encodeAdvocateHeader, SITE_KEY_HEADER } from '../contract/headers.js';
import { parseJson } from '../contract/parse.js';
import { type EndpointName, routes } from '../contract/routes.js';
import { guarded } from '../guards/guard.js';
import { responseShapes } from '../guards/responses.js';
import { kyRetry, type RetryPolicy } from './retry-policy.js';
import { transportErrorFrom } from './transport-error-from.js';

/** Options of {@link httpBackend}. */
export interface HttpBackendOptions {
  /**
   * The base URL the contract paths are resolved against.
   * @example 'https://api.example.com/grapevine'
   */
  endpoint: string;
  /** The site's public key, sent as `X-Grapevine-Site-Key` on every request. */
  siteKey: string;
  /**
   * The `fetch` to use: a polyfill, an instrumented one, or a fake in tests.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Milliseconds each attempt may take before it is aborted and counts as a timeout
   * (timeouts are retried like network errors).
   * @default 10_000
   */
  timeout?: number;
  /**
   * Retries on network errors, timeouts, 408, 429 and 5xx with exponential backoff and
   * jitter, honouring `Retry-After`. A number is the retry limit. `0` turns retries off.
   * @default { limit: 2, delay: 300, maxDelay: 10_000, maxRetryAfter: 60_000 }
   */
  retry?: number | RetryPolicy;
}

/** The HTTP backend: every method of the port, plus a page-exit-safe `sendKeepalive`. */
export interface HttpBackend extends Backend {
  campaigns(): Promise<unknown[]>;
  stats(advocate: Advocate): Promise<AdvocateStats>;
  ledger(advocate: Advocate, context?: { visitorId?: string | undefined }): Promise<CustomerLedger>;
  /**
   * Like `send`, as a `fetch(…, { keepalive: true })` that the browser completes even when
   * the page is being unloaded. No retries; the body must stay under 64 KB.
   */
  sendKeepalive(events: GrapevineEvent[], dropped?: DropReport): Promise<SendResult>;
}

/** What varies per request: the body, extra headers, the query; `keepalive` means no retries. */
type Call = Pick<Options, 'json' | 'headers' | 'keepalive' | 'searchParams'>;

/**
 * The `Backend` port over HTTP (contract v1, on ky). Every answer is checked against the
 * contract: a broken answer is a `ContractError` naming the field; a failed request, after
 * its retries, is a `TransportError`.
 *
 * @example
 * ```ts
 * const backend = httpBackend({ endpoint: 'https://api.example.com', siteKey: 'pk_live_123' });
 * const referral = await backend.referral({ id: 'c_42', email, signedAt, signature });
 * ```
 */
export function httpBackend(options: HttpBackendOptions): HttpBackend {
  const retry = kyRetry(options.retry);

  async function call<T>(name: EndpointName, request: Call = {}, code = ''): Promise<T> {
    const label = routes[name];
    const [method, path] = label.split(' ') as [string, string];
    let attempts = 1;
    let text: string;
    try {
      text = await ky(path.slice(1).replace(':code', encodeURIComponent(code)), {
        prefixUrl: options.endpoint,
        method,
        // ky's default is the same 10 s.
        timeout: options.timeout,
        // A page-exit send gets one attempt: the page may be gone before a retry.
        retry: request.keepalive ? 0 : retry,
        // Async: a host's analytics wrapper around `fetch` may answer a bare thenable (ky
        // chains `.catch` on it), adopted here into the engine's own Promise. The global is
        // read at call time, so a wrapper installed after the script loaded is used.
        fetch: async (input: RequestInfo | URL, init?: RequestInit) =>
          (options.fetch ?? fetch)(input, init),
        hooks: {
          beforeRetry: [
            () => {
              attempts += 1;
            },
          ],
        },
        // Not JSON.stringify: a host's `Array.prototype.toJSON` (Prototype.js) would turn
        // every list in the body into a string.
        stringifyJson,
        ...request,
        headers: { [SITE_KEY_HEADER]: options.siteKey, ...request.headers },
      } as Options).text();
    } catch (error) {
      const failure = await transportErrorFrom(error, label, attempts);
      // An unknown code is an answer, not a failure.
      if (name === 'offer' && failure.status === 404) return null as T;
      throw failure;
    }
    const where = `${label} response`;
    return guarded<T>(responseShapes[name], parseJson(text, where), where);
  }

  return {
    async campaigns() {
      return (await call<{ campaigns: unknown[] }>('campaigns')).campaigns;
    },
    // `visitorId: undefined` is left out of the JSON body.
    referral: (advocate, { visitorId } = {}) =>
      call<Referral>('referral', { json: { advocate, visitorId } }),
    // `?visitorId=` (ky encodes it) lets the server spot the advocate's own visit.
    offer: (code, { visitorId } = {}) =>
      call<FriendOffer | null>(
        'offer',
        visitorId === undefined ? {} : { searchParams: { visitorId } },
        code,
      ),
    claim: (code, friend: FriendClaim) => call<Claim>('claim', { json: friend }, code),
    stats: (advocate) =>
      call<AdvocateStats>('stats', {
        headers: { [ADVOCATE_HEADER]: encodeAdvocateHeader(advocate) },
      }),
    ledger: (advocate, { visitorId } = {}) =>
      call<CustomerLedger>('ledger', {
        headers: { [ADVOCATE_HEADER]: encodeAdvocateHeader(advocate) },
        ...(visitorId === undefined ? {} : { searchParams: { visitorId } }),
      }),
    // `dropped: undefined` is left out of the JSON body.
    send: (events, dropped) => call<SendResult>('events', { json: { events, dropped } }),
    sendKeepalive: (events, dropped) =>
      call<SendResult>('events', { json: { events, dropped }, keepalive: true }),
  };
}
