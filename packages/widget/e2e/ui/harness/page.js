// Runs in the harness page (as an external module: the page's CSP forbids inline script).
// Tests drive it with page.evaluate: window.gvMount(request, { referral: 'ok' | 'slow' | … }).
import { loadCatalog, mountPanel, mountPrompt } from '/ui.js';

const violations = [];
const events = [];
const errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

const referral = {
  code: 'ANNA20',
  url: 'https://acme-tea.example/r/ANNA20',
  offer: {
    friend: { kind: 'percent', value: 20 },
    advocate: { kind: 'percent', value: 20 },
    termsUrl: 'https://acme-tea.example/referral-terms',
  },
};

function referralSource(mode) {
  if (mode === 'pending') return new Promise(() => {});
  if (mode === 'reject') return Promise.reject(new Error('backend down'));
  if (mode === 'none') return undefined;
  return Promise.resolve(referral);
}

const friendOffer = {
  code: 'ANNA20',
  status: 'valid',
  advocateName: 'Anna',
  friend: { kind: 'percent', value: 20 },
  validUntil: '2026-12-31T00:00:00Z',
  termsUrl: 'https://acme-tea.example/referral-terms',
};

function friendSource(mode) {
  if (mode === 'pending') return new Promise(() => {});
  if (mode === 'invalid') return Promise.resolve(null);
  if (mode === 'self') return Promise.resolve({ ...friendOffer, status: 'self-referral' });
  return Promise.resolve(friendOffer);
}

function claimHandler(mode) {
  if (mode === 'fail') return () => Promise.reject(new Error('backend down'));
  const applyUrl = 'https://acme-tea.example/discount/WELCOME-7F3K?redirect=/checkout';
  return () =>
    Promise.resolve({
      status: 'claimed',
      coupon: { code: 'WELCOME-7F3K', ...(mode === 'link' ? { applyUrl } : {}) },
      reward: friendOffer.friend,
    });
}

window.gvState = () => ({ violations, events, errors });

window.gvMount = async (overrides = {}, options = {}) => {
  const request = {
    kind: 'nps',
    campaignId: 'post-purchase',
    variantId: 'default',
    placement: 'auto',
    locale: 'en',
    dir: 'ltr',
    theme: {},
    zIndex: 2147483000,
    messages: {},
    brandName: 'Acme Tea',
    offer: referral.offer,
    referral: referralSource(options.referral ?? 'ok'),
    friendOffer: friendSource(options.friendOffer ?? 'ok'),
    returnFocus: document.getElementById('opener'),
    ...overrides,
  };
  // As the runtime does: the locale's catalog under the campaign's own copy.
  request.messages = { ...(await loadCatalog(request.locale)), ...request.messages };
  const record =
    (name) =>
    (...args) =>
      events.push([name, ...args]);
  return mountPrompt(request, {
    onShown: record('shown'),
    onNpsAnswer: record('nps-answer'),
    onNpsComment: record('nps-comment'),
    onShare: record('share'),
    onCopy: record('copy'),
    onDismiss: record('dismiss'),
    onSnooze: record('snooze'),
    onOptOut: record('opt-out'),
    onClosed: record('closed'),
    onClaim: (email) => {
      events.push(['claim', email]);
      return claimHandler(options.claim ?? 'ok')();
    },
  });
};
const stats = {
  clicks: 128,
  claims: 9,
  conversions: 6,
  rewardsEarned: 60,
  rewardsPending: 20,
  currency: 'USD',
};

function panelData(mode) {
  if (mode === 'pending') return new Promise(() => {});
  if (mode === 'signed-out') return Promise.resolve({ referral: null, stats: null });
  return Promise.resolve({ referral, stats });
}

// The inline panel, in a <grapevine-referral> element in the page's flow.
window.gvPanel = async (overrides = {}, options = {}) => {
  const element = document.createElement('grapevine-referral');
  document.querySelector('main').append(element);
  const request = {
    locale: 'en',
    dir: 'ltr',
    theme: {},
    messages: {},
    brandName: 'Acme Tea',
    offer: referral.offer,
    data: panelData(options.panel ?? 'ok'),
    signInUrl: 'https://acme-tea.example/login',
    ...overrides,
  };
  request.messages = { ...(await loadCatalog(request.locale)), ...request.messages };
  mountPanel(element, request, {
    onShare: (channel) => events.push(['share', channel]),
    onCopy: () => events.push(['copy']),
  });
};

document.documentElement.dataset.ready = 'true';
