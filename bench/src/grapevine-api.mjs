// Grapevine's backend contract v1 (packages/adapter/src/contract), answered locally for the
// script-tag variants: the campaigns come inline with the page, so the widget only needs
// the advocate's referral link and an events endpoint that acknowledges every id.

const referral = {
  code: 'ALEX-7K2',
  url: 'https://shop.example/r/ALEX-7K2',
  offer: {
    friend: { kind: 'percent', value: 20, label: '20 % off your first order' },
    advocate: { kind: 'percent', value: 20, label: '20 % off your next order' },
  },
};

/** Answers a request under the Grapevine prefix (`/gv`), or `undefined` for unknown paths. */
export function grapevineApiRoute(pathname, _url, body) {
  if (pathname === '/v1/campaigns') return { json: { campaigns: [] } };
  if (pathname === '/v1/referrals') return { json: referral };
  if (pathname === '/v1/events') {
    const ids = parseEventIds(body);
    return { json: { accepted: ids, duplicates: [] } };
  }
  if (pathname === '/v1/advocates/me/stats') {
    return {
      json: { clicks: 0, claims: 0, conversions: 0, rewardsEarned: 0, rewardsPending: 0 },
    };
  }
  if (pathname.startsWith('/v1/referrals/')) return { status: 404, json: { error: 'not-found' } };
  return undefined;
}

function parseEventIds(body) {
  try {
    const batch = JSON.parse(body || '{}');
    return Array.isArray(batch.events) ? batch.events.map((event) => String(event.id)) : [];
  } catch {
    return [];
  }
}
