// The HTTP backend on a host page that changed built-ins (issue 13): Prototype.js's
// `Array#toJSON`, an enumerable `Object.prototype` method, an analytics wrapper around
// `fetch`, a replaced global `Promise`. Real requests to a fake fetch; each case fails
// without its fix (a quoted events list, a TypeError from ky's `.catch`, …).
import { afterEach, describe, expect, it } from 'vitest';
import { httpBackend } from '../../src/http/http-backend.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { impression, json, referral } from '../helpers/fixtures.js';
import { pollute, replacePromise } from '../helpers/pollute.js';

const endpoint = 'https://api.example.com/grapevine';
const undo: (() => void)[] = [];
afterEach(() => {
  for (const restore of undo.splice(0).reverse()) restore();
});

describe('httpBackend on a polluted page', () => {
  it('sends the events list as a list despite Array.prototype.toJSON and Object.prototype.each', async () => {
    const fake = fakeFetch(json({ accepted: ['e1'], duplicates: [] }), json(referral));
    const backend = httpBackend({ endpoint, siteKey: 'pk', fetch: fake.fetch, retry: 0 });
    undo.push(pollute());
    const dropped = { overflow: 1, expired: 0, corrupt: 0 };
    expect(await backend.send([impression('e1')], dropped)).toEqual({
      accepted: ['e1'],
      duplicates: [],
    });
    expect(await backend.referral({ id: 'c1' })).toEqual(referral);
    const body = await fake.requests[0]?.text();
    expect(JSON.parse(body ?? '')).toEqual({ events: [impression('e1')], dropped });
    expect(fake.requests[0]?.headers.get('content-type')).toBe('application/json');
  });

  it("reads no answer field from a host's Object.prototype addition", async () => {
    const proto = Object.prototype as { termsUrl?: string };
    proto.termsUrl = 'javascript:alert(1)';
    undo.push(() => delete proto.termsUrl);
    const { offer, ...withoutOffer } = referral;
    const { termsUrl: _terms, ...offerWithoutTerms } = offer ?? {};
    const fake = fakeFetch(json({ ...withoutOffer, offer: offerWithoutTerms }));
    const backend = httpBackend({ endpoint, siteKey: 'pk', fetch: fake.fetch, retry: 0 });
    const answer = await backend.referral({ id: 'c1' });
    expect(Object.hasOwn(answer.offer ?? {}, 'termsUrl')).toBe(false);
  });

  it('works through a wrapped global fetch that answers with a bare thenable (no .catch)', async () => {
    const fake = fakeFetch(json({ accepted: ['e1'], duplicates: [] }));
    const original = globalThis.fetch;
    let wrapped = 0;
    // An analytics wrapper of the old kind, installed after the backend was made.
    const backend = httpBackend({ endpoint, siteKey: 'pk', retry: 0 });
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      wrapped += 1;
      const answer = fake.fetch(input, init);
      return {
        // biome-ignore lint/suspicious/noThenProperty: the wrapper's bare thenable is the point
        then(ok: never, fail: never) {
          answer.then(ok, fail); // returns nothing: no `.catch` to chain on
        },
      };
    }) as typeof fetch;
    undo.push(() => {
      globalThis.fetch = original;
    });
    expect(await backend.send([impression('e1')])).toEqual({ accepted: ['e1'], duplicates: [] });
    expect(wrapped).toBe(1);
  });

  it('works through a fetch that re-wraps the Response in a look-alike object', async () => {
    const fake = fakeFetch(json(referral));
    const lookAlike = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fake.fetch(input, init);
      const text = await response.text();
      return {
        ok: response.ok,
        status: response.status,
        headers: response.headers,
        text: async () => text,
      };
    };
    const backend = httpBackend({ endpoint, siteKey: 'pk', retry: 0, fetch: lookAlike as never });
    expect(await backend.referral({ id: 'c1' })).toEqual(referral);
  });

  it('works with the global Promise replaced by a polyfill, before and after it was made', async () => {
    const before = fakeFetch(json({ accepted: ['e1'], duplicates: [] }));
    undo.push(replacePromise());
    const backend = httpBackend({ endpoint, siteKey: 'pk', fetch: before.fetch, retry: 0 });
    expect(await backend.send([impression('e1')])).toEqual({ accepted: ['e1'], duplicates: [] });
    expect(await before.requests[0]?.json()).toEqual({ events: [impression('e1')] });
  });
});
