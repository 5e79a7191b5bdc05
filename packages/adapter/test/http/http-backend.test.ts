import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeAdvocateHeader } from '../../src/contract/index.js';
import { httpBackend } from '../../src/http/http-backend.js';
import {
  ContractError,
  isContractError,
  isTransportError,
  TransportError,
} from '../../src/index.js';
import { type Answer, fakeFetch } from '../helpers/fake-fetch.js';
import {
  claim,
  customerLedger,
  errorBody,
  friendOffer,
  impression,
  json,
  referral,
  stats,
} from '../helpers/fixtures.js';

const endpoint = 'https://api.example.com/grapevine';

function backendWith(answers: Answer[], options: { timeout?: number; retry?: number } = {}) {
  const fake = fakeFetch(...answers);
  return {
    backend: httpBackend({ endpoint, siteKey: 'pk_test', fetch: fake.fetch, ...options }),
    ...fake,
  };
}

/** Settles a promise while fake timers run, so retries and timeouts can elapse. */
async function settle<T>(promise: Promise<T>, ms = 120_000): Promise<T> {
  const outcome = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.advanceTimersByTimeAsync(ms);
  const result = await outcome;
  if ('error' in result) throw result.error;
  return result.value;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('httpBackend requests', () => {
  it('speaks contract v1: paths, methods, site key, bodies', async () => {
    const advocate = {
      id: 'c1',
      email: 'anna@example.com',
      signedAt: 1,
      signature: 'ab'.repeat(32),
    };
    const { backend, requests } = backendWith([
      json({ campaigns: [{ id: 'welcome' }] }),
      json(referral),
      json(friendOffer),
      json(claim),
      json(stats),
      json({ accepted: ['e1'], duplicates: [] }),
    ]);
    expect(await backend.campaigns()).toEqual([{ id: 'welcome' }]);
    expect(await backend.referral(advocate)).toEqual(referral);
    expect(await backend.offer('ANNA-K2X9')).toEqual(friendOffer);
    expect(await backend.claim('ANNA-K2X9', { email: 'f@example.com', visitorId: 'v2' })).toEqual(
      claim,
    );
    expect(await backend.stats(advocate)).toEqual(stats);
    expect(await backend.send([impression('e1')])).toEqual({ accepted: ['e1'], duplicates: [] });

    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `GET ${endpoint}/v1/campaigns`,
      `POST ${endpoint}/v1/referrals`,
      `GET ${endpoint}/v1/referrals/ANNA-K2X9`,
      `POST ${endpoint}/v1/referrals/ANNA-K2X9/claims`,
      `GET ${endpoint}/v1/advocates/me/stats`,
      `POST ${endpoint}/v1/events`,
    ]);
    for (const request of requests)
      expect(request.headers.get('x-grapevine-site-key')).toBe('pk_test');
    expect(await requests[1]?.json()).toEqual({ advocate });
    expect(await requests[3]?.json()).toEqual({ email: 'f@example.com', visitorId: 'v2' });
    expect(decodeAdvocateHeader(requests[4]?.headers.get('x-grapevine-advocate'))).toEqual(
      advocate,
    );
    expect(await requests[5]?.json()).toEqual({ events: [impression('e1')] });
  });

  it("fetches the signed customer's ledger with the advocate header and this browser's visitor id", async () => {
    const advocate = { id: 'c1', signedAt: 1, signature: 'ab'.repeat(32) };
    const { backend, requests } = backendWith([json(customerLedger), json({ entries: [] })]);
    expect(await backend.ledger(advocate, { visitorId: 'v 1' })).toEqual(customerLedger);
    expect(await backend.ledger(advocate)).toEqual({ entries: [] });
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `GET ${endpoint}/v1/advocates/me/ledger?visitorId=v+1`,
      `GET ${endpoint}/v1/advocates/me/ledger`,
    ]);
    expect(decodeAdvocateHeader(requests[0]?.headers.get('x-grapevine-advocate'))).toEqual(
      advocate,
    );
  });

  it.each([
    [
      'a score over 10',
      { entries: [{ id: 'a', type: 'nps', at: 1, score: 11 }] },
      'entries[0].score',
    ],
    ['an unknown type', { entries: [{ id: 'a', type: 'purchase', at: 1 }] }, 'entries[0].type'],
    ['an empty id', { entries: [{ id: '', type: 'impression', at: 1 }] }, 'entries[0].id'],
    ['no list', { entries: null }, 'entries'],
  ])('refuses a ledger answer with %s, naming the field', async (_label, body, path) => {
    const { backend } = backendWith([json(body)]);
    const error = await settle(backend.ledger({ id: 'c1' })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).message).toContain(path);
  });

  it('encodes the code in the path and sends the drop report with a batch', async () => {
    const { backend, requests } = backendWith([
      json(claim),
      json({ accepted: [], duplicates: ['e1'] }),
    ]);
    await backend.claim('a/b', { email: 'f@example.com', visitorId: 'v2' });
    const dropped = { overflow: 3, expired: 0, corrupt: 1 };
    await backend.send([impression('e1')], dropped);
    expect(requests[0]?.url).toBe(`${endpoint}/v1/referrals/a%2Fb/claims`);
    expect(await requests[1]?.json()).toEqual({ events: [impression('e1')], dropped });
  });

  it("sends offer()'s visitorId as an encoded query parameter, and only when given", async () => {
    const own = { ...friendOffer, status: 'self-referral' as const };
    const { backend, requests } = backendWith([
      json(own),
      json(friendOffer),
      json(friendOffer),
      errorBody('unknown-code', 404),
    ]);
    expect(await backend.offer('ANNA-K2X9', { visitorId: 'v 1/ä&x=y' })).toEqual(own);
    expect(await backend.offer('ANNA-K2X9', {})).toEqual(friendOffer);
    expect(await backend.offer('ANNA-K2X9', { visitorId: undefined })).toEqual(friendOffer);
    expect(await backend.offer('NOPE', { visitorId: 'v1' })).toBeNull();
    const urls = requests.map((request) => request.url);
    expect(urls).toEqual([
      `${endpoint}/v1/referrals/ANNA-K2X9?visitorId=v+1%2F%C3%A4%26x%3Dy`,
      `${endpoint}/v1/referrals/ANNA-K2X9`,
      `${endpoint}/v1/referrals/ANNA-K2X9`,
      `${endpoint}/v1/referrals/NOPE?visitorId=v1`,
    ]);
    expect(new URL(urls[0] ?? '').searchParams.get('visitorId')).toBe('v 1/ä&x=y');
  });

  it("sends referral()'s visitorId in the body, and only when given", async () => {
    const advocate = { id: 'c1', signedAt: 1, signature: 'ab'.repeat(32) };
    const { backend, requests } = backendWith([json(referral), json(referral), json(referral)]);
    expect(await backend.referral(advocate, { visitorId: 'anna-laptop' })).toEqual(referral);
    await backend.referral(advocate, { visitorId: undefined });
    await backend.referral(advocate, {});
    const bodies = await Promise.all(requests.map((request) => request.json()));
    expect(bodies).toEqual([{ advocate, visitorId: 'anna-laptop' }, { advocate }, { advocate }]);
  });

  it('resolves offer() to null on 404, without retrying', async () => {
    const { backend, calls } = backendWith([errorBody('unknown-code', 404)]);
    expect(await backend.offer('NOPE')).toBeNull();
    expect(calls).toHaveBeenCalledTimes(1);
  });

  it('rejects a 404 from any endpoint but offer()', async () => {
    const { backend, calls } = backendWith([
      errorBody('unknown-code', 404),
      errorBody('invalid-request', 400),
    ]);
    const claimed = await backend
      .claim('NOPE', { email: 'f@example.com', visitorId: 'v2' })
      .catch((error: unknown) => error);
    expect(isTransportError(claimed) && claimed.status).toBe(404);
    const offered = await backend.offer('bad code').catch((error: unknown) => error);
    expect(isTransportError(offered) && offered.code).toBe('invalid-request');
    expect(calls).toHaveBeenCalledTimes(2);
  });

  it('sends keepalive requests without retrying', async () => {
    const { backend, requests } = backendWith([errorBody('unavailable', 503)]);
    const error = await settle(backend.sendKeepalive([impression('e1')])).catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(true);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.keepalive).toBe(true);
  });
});

describe('httpBackend retries', () => {
  it.each([
    ['503', errorBody('unavailable', 503)],
    ['500', errorBody('oops', 500)],
    ['408', errorBody('timeout', 408)],
    ['429', errorBody('slow-down', 429)],
    ['a network error', new TypeError('Failed to fetch')],
  ])('retries after %s and succeeds', async (_case, failure) => {
    const { backend, calls } = backendWith([failure, json(referral)]);
    expect(await settle(backend.referral({ id: 'c1' }))).toEqual(referral);
    expect(calls).toHaveBeenCalledTimes(2);
  });

  it('gives up after the limit with a TransportError that counts attempts', async () => {
    const { backend, calls } = backendWith(
      [errorBody('a', 502), errorBody('b', 503), errorBody('unavailable', 503)],
      { retry: 2 },
    );
    const error = await settle(backend.campaigns()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ kind: 'http', status: 503, attempts: 3, code: 'unavailable' });
    expect((error as Error).message).toBe(
      'GET /v1/campaigns: HTTP 503 unavailable after 3 attempts',
    );
    expect(calls).toHaveBeenCalledTimes(3);
  });

  it('backs off exponentially with jitter between attempts', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    const { backend, calls } = backendWith(
      [errorBody('a', 503), errorBody('b', 503), json(referral)],
      { retry: 2 },
    );
    const pending = backend.referral({ id: 'c1' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(290); // first delay ≈ 300 ms
    expect(calls).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(580); // second delay ≈ 600 ms
    expect(calls).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(30);
    expect(calls).toHaveBeenCalledTimes(3);
    expect(await pending).toEqual(referral);
  });

  it('honours Retry-After (seconds) instead of its own backoff', async () => {
    const { backend, calls } = backendWith([
      errorBody('slow-down', 429, { 'retry-after': '5' }),
      json(referral),
    ]);
    const pending = backend.referral({ id: 'c1' });
    await vi.advanceTimersByTimeAsync(4_900);
    expect(calls).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toHaveBeenCalledTimes(2);
    expect(await pending).toEqual(referral);
  });

  it.each([400, 401, 403, 404, 409, 422])('does not retry a %i', async (status) => {
    const { backend, calls } = backendWith([errorBody('nope', status)]);
    const error = await settle(backend.referral({ id: 'c1' })).catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'http', status, attempts: 1, code: 'nope' });
    expect(calls).toHaveBeenCalledTimes(1);
  });

  it('times out a request that hangs', async () => {
    const { backend } = backendWith(['hang'], { timeout: 1_000, retry: 0 });
    const error = await settle(backend.campaigns(), 2_000).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TransportError', kind: 'timeout', attempts: 1 });
  });

  it('retries a timeout like a network error', async () => {
    const { backend, calls } = backendWith(['hang', json({ campaigns: [] })], { timeout: 1_000 });
    expect(await settle(backend.campaigns())).toEqual([]);
    expect(calls).toHaveBeenCalledTimes(2);
  });

  // ky < 1.14 awaited the cancellation of the unsent body: a POST refused by the network
  // never settled, and the outbox stalled. This is why the catalog pins ky ^1.14.3.
  it('reports a network failure after its retries, also for a POST with a body', async () => {
    const offline = new TypeError('Failed to fetch');
    const { backend } = backendWith([offline, offline, offline]);
    const error = await settle(backend.send([impression('e1')])).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', attempts: 3, status: undefined });
  });
});

describe('httpBackend response validation', () => {
  it('tolerates unknown extra fields and strips them', async () => {
    const { backend } = backendWith([json({ ...referral, shinyNewField: { a: 1 } })]);
    expect(await backend.referral({ id: 'c1' })).toEqual(referral);
  });

  it.each([
    ['malformed JSON', () => new Response('{"code": "ANNA', { status: 200 }), '(root)'],
    ['an HTML error page', () => new Response('<html>Bad gateway</html>'), '(root)'],
    ['a missing field', () => json({ ...referral, code: undefined }), 'code'],
    [
      'a wrong type',
      () => json({ ...referral, offer: { ...referral.offer, friend: { kind: 7 } } }),
      'offer.friend.kind',
    ],
    ['a javascript: link', () => json({ ...referral, url: 'javascript:alert(1)' }), 'url'],
    ['a non-array', () => json({ accepted: 'e1', duplicates: [] }), 'accepted'],
  ])('throws a ContractError for %s, naming the field', async (_case, answer, path) => {
    const { backend } = backendWith([answer(), answer(), answer()]);
    const send: Promise<unknown> =
      _case === 'a non-array' ? backend.send([impression('e1')]) : backend.referral({ id: 'c1' });
    const error = await settle(send).catch((e: unknown) => e);
    expect(isContractError(error)).toBe(true);
    expect((error as ContractError).message).toContain(`response: ${path}`);
  });

  it('does not retry a contract error', async () => {
    const { backend, calls } = backendWith([json({ nope: true }), json(stats)]);
    await expect(settle(backend.stats({ id: 'c1' }))).rejects.toBeInstanceOf(ContractError);
    expect(calls).toHaveBeenCalledTimes(1);
  });
});
