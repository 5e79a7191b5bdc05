import type { Referral } from '@grapevine/core';
import { signal } from '@preact/signals-core';
import { safeHttpUrl } from '../safe-url.js';
import { awaited } from './awaited.js';

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
  const stop = awaited(
    source,
    (value) => {
      const url = safeHttpUrl(value?.url);
      if (url) referral.value = { ...(value as Referral), url };
      status.value = url ? 'ready' : 'failed';
    },
    () => {
      if (status.value === 'loading') status.value = 'failed';
    },
    timeoutMs,
  );
  return {
    status,
    referral,
    dispose: stop,
  };
}

export type ReferralModel = ReturnType<typeof createReferralModel>;
