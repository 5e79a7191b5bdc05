import type { Referral } from '@grapevine/core';
import { safeHttpUrl } from '../safe-url.js';
import { signal } from '../signal.js';

/** How long to wait for the backend before showing the fallback message. */
export const REFERRAL_TIMEOUT_MS = 6000;

/** `loading` shows a skeleton; `failed` a friendly message; `ready` the link. */
export type ReferralStatus = 'loading' | 'ready' | 'failed';

/**
 * The referral link's state while the backend answers. A link that is not http(s) counts
 * as a failure; a link that arrives after the timeout still replaces the fallback.
 * @example createReferralModel(backend.referral(advocate)).status.value // 'loading'
 */
export function createReferralModel(
  source: Referral | Promise<Referral> | undefined,
  timeoutMs = REFERRAL_TIMEOUT_MS,
) {
  const status = signal<ReferralStatus>('loading');
  const referral = signal<Referral | null>(null);
  let disposed = false;
  const accept = (value: Referral) => {
    if (disposed) return;
    const url = safeHttpUrl(value?.url);
    if (url) {
      referral.value = { ...value, url };
      status.value = 'ready';
    } else {
      status.value = 'failed';
    }
  };
  const fail = () => {
    if (!disposed && status.value === 'loading') status.value = 'failed';
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (source && typeof (source as Promise<Referral>).then === 'function') {
    timer = setTimeout(fail, timeoutMs);
    Promise.resolve(source).then(accept, fail);
  } else if (source) {
    accept(source as Referral);
  } else {
    status.value = 'failed';
  }
  return {
    status,
    referral,
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}

export type ReferralModel = ReturnType<typeof createReferralModel>;
