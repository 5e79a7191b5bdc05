// The hosted survey page (served by @grapevine/server under a strict CSP, see
// src/email-nps/hosted-routes.ts): mounts the widget's own NPS UI, built for the script tag,
// on the score the email link already recorded, and reports the follow-up comment, shares and
// copies back to the server. Never throws into the page: a failure leaves the thank-you note.
import { loadCatalog, mountPrompt } from './grapevine-ui-nps.js';

const closed = document.getElementById('grapevine-closed');
const showClosed = () => {
  if (closed) closed.hidden = false;
};

/** Posts JSON to this link's endpoint; resolves with the parsed body or rejects. */
async function post(endpoint, path, body) {
  const response = await fetch(`${endpoint}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.status === 204 ? null : response.json();
}

async function start() {
  const data = JSON.parse(document.getElementById('grapevine-survey')?.textContent ?? 'null');
  if (!data) return showClosed();
  const nonce = document.querySelector('script[nonce]')?.nonce || undefined;
  const report = (path, body) =>
    post(data.endpoint, path, body).catch((error) => console.warn('[grapevine]', error));
  const messages = await loadCatalog(data.locale, 'nps');
  mountPrompt(
    {
      kind: 'nps',
      campaignId: data.campaignId,
      variantId: data.variantId,
      placement: 'modal',
      locale: data.locale,
      dir: data.dir,
      theme: data.brandColor ? { brand: data.brandColor } : {},
      zIndex: 1,
      ...(nonce ? { nonce } : {}),
      messages,
      brandName: data.brandName,
      npsKind: 'transactional',
      answeredScore: data.score,
      promoterToReferral: data.promoter,
      ...(data.promoter
        ? { referral: post(data.endpoint, '/referral', {}), offer: data.offer }
        : {}),
      channels: data.channels,
    },
    {
      onShown() {},
      onNpsAnswer() {},
      onNpsComment: (comment) => report('/comment', { comment }),
      onShare: (channel) => report('/share', { channel }),
      onCopy: () => report('/share', { channel: 'copy' }),
      onDismiss() {},
      onSnooze() {},
      onOptOut: () => report('/opt-out', {}),
      onClosed: showClosed,
    },
  );
}

start().catch((error) => {
  console.warn('[grapevine] the survey could not open', error);
  showClosed();
});
