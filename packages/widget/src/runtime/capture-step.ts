// Referral capture on each page: read `?ref=`, keep the code (first or last touch), tell the
// host and the backend, and hand campaigns a `referral-captured` event signal.
import {
  captureReferral,
  readReferralCode,
  removeReferralParam,
} from '../capture/referral-capture.js';
import type { Store } from '../storage/store.js';
import type { Delivery } from './delivery.js';
import type { Emitter } from './emitter.js';
import type { GrapevineEvents } from './events.js';
import { randomId } from './ids.js';
import type { ResolvedOptions } from './options.js';
import type { PersistedState } from './state.js';

export interface CaptureDeps {
  win: Window;
  options: ResolvedOptions['referral'];
  store: Store<PersistedState>;
  delivery: Delivery;
  events: Emitter<GrapevineEvents>;
  now: number;
  /** Adds the signal without deciding (the caller decides next). */
  signal(code: string): void;
}

export function captureOnPage(deps: CaptureDeps): void {
  const { win, options, store, now } = deps;
  const code = readReferralCode(win.location.href, options.param);
  if (options.cleanUrl && code) removeReferralParam(win.location, win.history, options.param);
  const { referral, captured } = captureReferral(store.read().referral, code, now, options);
  if (!captured || !referral) return;
  const { visitorId } = store.update((state) => ({ ...state, referral }));
  deps.delivery.enqueue({
    type: 'referral-captured',
    id: randomId(),
    at: now,
    visitorId,
    code: referral.code,
  });
  deps.events.emit('referral-captured', { code: referral.code });
  deps.signal(referral.code);
}
