// Runs in the harness page (as an external module: the page's CSP forbids inline script).
// Tests drive it with page.evaluate: window.gvMount(request, { referral: 'ok' | 'slow' | … }).
import { mountPrompt } from '/ui.js';

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

window.gvState = () => ({ violations, events, errors });

window.gvMount = (overrides = {}, options = {}) => {
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
    returnFocus: document.getElementById('opener'),
    ...overrides,
  };
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
  });
};
document.documentElement.dataset.ready = 'true';
