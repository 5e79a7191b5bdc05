import { describe, expect, it } from 'vitest';
import {
  CONTRACT_VERSION,
  type EndpointName,
  endpointLabel,
  endpointPath,
  endpoints,
  routes,
} from '../../src/contract/index.js';
import { endpointRoute } from '../../src/contract/routes.js';

const names = Object.keys(routes) as EndpointName[];

describe('contract routes', () => {
  it('names each endpoint by method and versioned path', () => {
    expect(names).toEqual(['campaigns', 'referral', 'offer', 'claim', 'stats', 'ledger', 'events']);
    for (const name of names) {
      expect(routes[name]).toMatch(new RegExp(`^(GET|POST) /${CONTRACT_VERSION}/[a-z/:]+$`));
      expect(endpointLabel(name)).toBe(routes[name]);
    }
  });

  it('splits a route into method and path, as the endpoints table carries them', () => {
    expect(endpointRoute('claim')).toEqual({ method: 'POST', path: '/v1/referrals/:code/claims' });
    for (const name of names) {
      const { method, path } = endpoints[name];
      expect(endpointRoute(name)).toEqual({ method, path });
      expect(`${method} ${path}`).toBe(routes[name]);
    }
  });

  it('fills in the code, URI-encoded', () => {
    expect(endpointPath('offer', { code: 'ANNA-K2X9' })).toBe('/v1/referrals/ANNA-K2X9');
    expect(endpointPath('claim', { code: 'a/b c' })).toBe('/v1/referrals/a%2Fb%20c/claims');
    expect(endpointPath('events')).toBe('/v1/events');
  });
});
